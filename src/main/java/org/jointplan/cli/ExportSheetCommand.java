package org.jointplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Reports;
import org.jointplan.service.SheetExports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes the plan as at a date as a spreadsheet tracker (docs/spreadsheet-export.md). */
@Command(name = "export-sheet", mixinStandardHelpOptions = true,
        description = "Write the plan as at a date as a spreadsheet tracker: an .xlsx workbook (a row per action,"
                + " the status in the plan's BRAG words and colours, and a key) or a CSV file (UTF-8).")
final class ExportSheetCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan (list shows each plan's id); needed when the store holds more than one.")
    UUID planId;

    @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", converter = AsAtDate.class,
            description = "The date the tracker is as at (default: today). On a snapshot's date, its recorded"
                    + " position.")
    LocalDate asAt;

    @Option(names = "--out", required = true, paramLabel = "FILE", converter = SheetName.class,
            description = "The file to write, replacing it whole: FILE.xlsx or FILE.csv.")
    Path out;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            PlanData plan = Reports.plan(workspace, planId, "export-sheet");
            ReportPosition position = Reports.position(plan, asAt != null ? asAt : workspace.today());
            boolean replacing = Files.exists(out);
            int actions = SheetExports.write(position, false, out);
            spec.commandLine().getOut().println("Wrote the tracker of '" + plan.plan().title() + "' as at "
                    + UkDates.numeric(position.asAt()) + ", " + actions + (actions == 1 ? " action" : " actions")
                    + ", to " + out + (replacing ? ", replacing the file that was there." : "."));
            return 0;
        }
    }

    /** Reads --out: an .xlsx or .csv file name. */
    static final class SheetName implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            try {
                SheetExports.formatOf(file);
            } catch (ValidationException e) {
                throw new InvalidValue(e.getMessage());
            }
            return file;
        }
    }
}
