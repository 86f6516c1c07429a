package org.jointplan.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.report.Paper;
import org.jointplan.report.ReportOptions;
import org.jointplan.service.CommitteePapers;
import org.jointplan.service.LocalUser;
import org.jointplan.service.Reports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes the report data of a plan as at a date (docs/report-format.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the plan's progress report as at a date: as a committee paper (pdf, docx, html) or as"
                + " the report data (json): priorities, actions, direction of travel, exceptions, slipped milestones"
                + " and measures.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    JointPlanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "ID", converter = IdConverter.Plan.class,
            description = "The plan (list shows each plan's id); needed when the store holds more than one.")
    UUID planId;

    @Option(names = "--as-at", paramLabel = "YYYY-MM-DD", converter = AsAtDate.class,
            description = "The date the report is as at (default: today). On a snapshot's date, its recorded"
                    + " position.")
    LocalDate asAt;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = ReportFormat.class,
            description = "json (the default: the report data), or a committee paper: pdf (accessible, tagged), docx"
                    + " (Word, editable) or html (one self-contained page).")
    String format;

    @Option(names = "--marking", paramLabel = "TEXT", description = "A protective marking printed at the top of"
            + " every page of the paper, such as OFFICIAL or OFFICIAL-SENSITIVE.")
    String marking;

    @Option(names = "--committee", paramLabel = "NAME", description = "The committee the paper goes to, named in its"
            + " title block.")
    String committee;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE, replacing it whole"
            + " (default: print it).")
    Path out;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            PlanData plan = Reports.plan(workspace, planId, "report");
            ReportPosition position = Reports.position(plan, asAt != null ? asAt : workspace.today());
            if (!format.equals(ReportFormat.JSON)) {
                return paper(plan, position, LocalUser.of(workspace.store()).organisation());
            }
            if (marking != null || committee != null) {
                throw new CommandFailure("--marking and --committee are for the committee paper (pdf, docx or html);"
                        + " the JSON report data has no pages.");
            }
            if (out == null) {
                spec.commandLine().getOut().print(new String(Reports.json(position), StandardCharsets.UTF_8));
                spec.commandLine().getOut().println();
                return 0;
            }
            boolean replacing = Files.exists(out);
            Reports.writeJson(position, out);
            spec.commandLine().getOut().println("Wrote the report of '" + plan.plan().title() + "' as at "
                    + UkDates.numeric(position.asAt()) + (position.isFrozen() ? " (the position recorded as at "
                    + UkDates.numeric(position.frozen().orElseThrow().asAt()) + ")" : "") + " to " + out
                    + (replacing ? ", replacing the file that was there." : "."));
            return 0;
        }
    }

    private int paper(PlanData plan, ReportPosition position, String organisation) {
        CommitteePapers.Format paperFormat = CommitteePapers.Format.named(format);
        if (out == null) {
            throw new CommandFailure("A " + format.toUpperCase(Locale.ROOT) + " report is a file: give --out FILE.");
        }
        CommitteePapers.Format named = CommitteePapers.formatOf(out);
        if (named != null && named != paperFormat) {
            throw new CommandFailure("The file name " + out.getFileName() + " says " + named.extension()
                    + " but --format is " + format + "; make them agree.");
        }
        boolean replacing = Files.exists(out);
        CommitteePapers.write(position, new ReportOptions(committee, marking, organisation,
                EnumSet.allOf(ReportOptions.Part.class), Paper.A4), paperFormat, out, f -> { });
        spec.commandLine().getOut().println("Wrote the " + format.toUpperCase(Locale.ROOT) + " report of '"
                + plan.plan().title() + "' as at " + UkDates.numeric(position.asAt()) + " to " + out
                + (replacing ? ", replacing the file that was there." : "."));
        return 0;
    }
}
