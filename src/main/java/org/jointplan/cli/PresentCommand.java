package org.jointplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Reports;
import org.jointplan.service.SlideExports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The presentation's slides as pictures: {@code present --export DIR --size WIDTHxHEIGHT [--as-at D]} writes one PNG
 * per slide, laid out as the window lays them out on a screen of that size. Presenting itself is done in the window.
 */
@Command(name = "present", mixinStandardHelpOptions = true,
        description = "Write the presentation's slides as at a date as PNG pictures, one per slide, for a slide pack"
                + " (to present, open the plan in the window and press F5).")
final class PresentCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan (list shows each plan's id); needed when the store holds more than one.")
    UUID planId;

    @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", converter = AsAtDate.class,
            description = "The date the slides are as at (default: today). On a snapshot's date, its recorded"
                    + " position.")
    LocalDate asAt;

    @Option(names = "--export", paramLabel = "DIR",
            description = "The folder to write the slides to, made when missing; a slide's file of the same name is"
                    + " replaced.")
    Path export;

    @Option(names = "--size", paramLabel = "WIDTHxHEIGHT", defaultValue = "1920x1080", converter = SizeValue.class,
            description = "The pictures' size in pixels, as the screen they will be shown on (default: 1920x1080).")
    SlideExports.Size size;

    @Override
    public Integer call() {
        if (export == null) {
            throw new CommandFailure("The presentation is shown in the window (open the plan and press F5); to write"
                    + " its slides as pictures, give --export DIR --size WIDTHxHEIGHT.");
        }
        try (Workspace workspace = root.openWorkspace()) {
            PlanData plan = Reports.plan(workspace, planId, "present");
            ReportPosition position = Reports.position(plan, asAt != null ? asAt : workspace.today());
            List<Path> files = SlideExports.write(position, size, export);
            spec.commandLine().getOut().println("Wrote " + files.size() + (files.size() == 1 ? " slide" : " slides")
                    + " of '" + plan.plan().title() + "' as at " + UkDates.numeric(position.asAt()) + ", " + size
                    + " pixels, to " + export + ".");
            return 0;
        }
    }

    /** Reads --size: WIDTHxHEIGHT in pixels. */
    static final class SizeValue implements ITypeConverter<SlideExports.Size> {
        @Override
        public SlideExports.Size convert(String value) {
            try {
                return SlideExports.size(value);
            } catch (ValidationException e) {
                throw new InvalidValue(e.getMessage());
            }
        }
    }
}
