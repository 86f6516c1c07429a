package org.jointplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Reports;
import org.jointplan.service.TimelineExports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes the timeline of a plan as at a date: PDF pages of A4 or A3 landscape, or one SVG or PNG picture. */
@Command(name = "export-timeline", mixinStandardHelpOptions = true,
        description = "Write the plan's timeline as at a date to a PDF (landscape pages, the key and axis on each),"
                + " an SVG or a PNG file.")
final class ExportTimelineCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan (list shows each plan's id); needed when the store holds more than one.")
    UUID planId;

    @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", converter = AsAtDate.class,
            description = "The date the timeline is as at (default: today). On a snapshot's date, its recorded"
                    + " position.")
    LocalDate asAt;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = AsAtDate.class,
            description = "The first day shown (default: the start of the plan's financial year).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = AsAtDate.class,
            description = "The last day shown (default: the end of the plan's financial year).")
    LocalDate to;

    @Option(names = "--page", paramLabel = "a4|a3", defaultValue = "a4", converter = PageSize.class,
            description = "The landscape page of a PDF, whose width a picture takes too: a4 (the default) or a3.")
    String page;

    @Option(names = "--out", required = true, paramLabel = "FILE", converter = TimelineName.class,
            description = "The file to write, replacing it whole: FILE.pdf, FILE.svg or FILE.png.")
    Path out;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            PlanData plan = Reports.plan(workspace, planId, "export-timeline");
            ReportPosition position = Reports.position(plan, asAt != null ? asAt : workspace.today());
            LocalDate first = from != null ? from : TimelineExports.defaultFrom(plan);
            LocalDate last = to != null ? to : TimelineExports.defaultTo(plan);
            boolean replacing = Files.exists(out);
            int pages = TimelineExports.write(position, first, last, page, out);
            String onPages = TimelineExports.formatOf(out) != TimelineExports.Format.PDF ? ""
                    : " on " + pages + " " + page.toUpperCase(Locale.ROOT) + (pages == 1 ? " page" : " pages");
            spec.commandLine().getOut().println("Wrote the timeline of '" + plan.plan().title() + "' as at "
                    + UkDates.numeric(position.asAt()) + ", " + UkDates.numeric(first) + " to "
                    + UkDates.numeric(last) + onPages + ", to " + out
                    + (replacing ? ", replacing the file that was there." : "."));
            return 0;
        }
    }

    /** Reads --page: a4 or a3, in any case. */
    static final class PageSize implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                TimelineExports.requirePageSize(value);
            } catch (ValidationException e) {
                throw new InvalidValue(e.getMessage());
            }
            return value.strip();
        }
    }

    /** Reads --out: a .pdf, .svg or .png file name. */
    static final class TimelineName implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            try {
                TimelineExports.formatOf(file);
            } catch (ValidationException e) {
                throw new InvalidValue(e.getMessage());
            }
            return file;
        }
    }
}
