package org.jointplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.ProjectExports;
import org.jointplan.service.Reports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes a plan as MS Project XML, which MS Project and GanttProject open and JointPlan reads back. */
@Command(name = "export-project", mixinStandardHelpOptions = true,
        description = "Write the plan as an MS Project XML file (priorities as summary tasks, actions, milestones,"
                + " dependencies), which MS Project and GanttProject open.")
final class ExportProjectCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan (list shows each plan's id); needed when the store holds more than one.")
    UUID planId;

    @Option(names = "--out", required = true, paramLabel = "FILE.xml", converter = XmlName.class,
            description = "The file to write, replacing it whole.")
    Path out;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            PlanData plan = Reports.plan(workspace, planId, "export-project");
            boolean replacing = Files.exists(out);
            ProjectExports.write(plan, out);
            spec.commandLine().getOut().println("Wrote '" + plan.plan().title() + "' (" + plan.priorities().size()
                    + " priorities, " + plan.actions().size() + " actions, " + plan.milestones().size()
                    + " milestones) as MS Project XML to " + out + (replacing ? ", replacing the file that was there."
                    : "."));
            return 0;
        }
    }

    /** Reads --out: an .xml file name. */
    static final class XmlName implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            try {
                ProjectExports.requireName(file);
            } catch (ValidationException e) {
                throw new InvalidValue(e.getMessage());
            }
            return file;
        }
    }
}
