package org.jointplan.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.jointplan.bundle.PackageException;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Text;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.report.Block;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.CommitteeReports;
import org.jointplan.report.DocumentInfo;
import org.jointplan.report.PageSetup;
import org.jointplan.report.ReportOptions;
import org.jointplan.report.Section;
import org.jointplan.report.docx.DocxReportWriter;
import org.jointplan.report.html.HtmlReportWriter;
import org.jointplan.report.pdf.PdfReportWriter;

/**
 * The committee paper: the plan's progress report as at a date, built once ({@link CommitteeReports}) and written
 * as Word, PDF or HTML, whole or not at all. The Word and PDF libraries load only here, when a paper is made. Call
 * from the background thread: the progress consumer may throw (a CancellationException) to stop, leaving nothing.
 */
public final class CommitteePapers {
    /** The longest protective marking: the government's are a word or two ("OFFICIAL-SENSITIVE"). */
    static final int MARKING_LIMIT = 60;

    /** The document formats, by their usual file extension. */
    public enum Format {
        PDF("pdf"), DOCX("docx"), HTML("html");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** A format by name ("pdf", "DOCX"), or null when it is none of these. */
        public static Format named(String name) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
            return null;
        }
    }

    private CommitteePapers() {
    }

    /** The marking as it will print, or a plain refusal: one line of at most 60 characters. */
    public static String marking(String marking) {
        String line = marking == null ? "" : marking.strip();
        if (!Text.isOneLine(line)) {
            throw new ValidationException("A protective marking is one line of ordinary text, such as OFFICIAL.");
        }
        if (line.length() > MARKING_LIMIT) {
            throw new ValidationException("A protective marking is a word or two, such as OFFICIAL or"
                    + " OFFICIAL-SENSITIVE; this one is " + line.length() + " characters long.");
        }
        return line;
    }

    /** Refuses an as-at date before the plan begins: such a report would have nothing to say. */
    public static void requireSomethingToReport(ReportPosition position) {
        var period = position.plan().plan().period();
        if (position.asAt().isBefore(period.start())) {
            throw new ValidationException("'" + position.plan().plan().title() + "' begins on "
                    + UkDates.prose(period.start()) + ", so a report as at " + UkDates.prose(position.asAt())
                    + " would have nothing to report; choose a date on or after it.");
        }
    }

    public static CommitteeReport build(ReportPosition position, ReportOptions options, DoubleConsumer progress) {
        requireSomethingToReport(position);
        return CommitteeReports.build(position, options.withMarking(marking(options.marking())),
                f -> progress.accept(0.3 * f));
    }

    /** The report in the format, as bytes. */
    public static byte[] bytes(CommitteeReport report, Format format, DoubleConsumer progress) {
        DoubleConsumer rest = f -> progress.accept(0.3 + 0.65 * f);
        try {
            return switch (format) {
                case HTML -> HtmlReportWriter.write(report, rest);
                case PDF -> PdfReportWriter.write(report, rest);
                case DOCX -> DocxReportWriter.write(report, rest);
            };
        } catch (java.util.concurrent.CancellationException cancelled) {
            throw cancelled; // an IllegalStateException too, but the user's choice, not a failure
        } catch (IllegalStateException e) {
            throw new PackageException(e.getMessage(), e); // the writers' one plain sentence; the log keeps why
        }
    }

    /** Builds and writes the report, replacing the file whole; a failure or a cancel leaves what was there. */
    public static void write(ReportPosition position, ReportOptions options, Format format, Path out,
                             DoubleConsumer progress) {
        byte[] bytes = bytes(build(position, options, progress), format, progress);
        progress.accept(0.97); // the last moment to cancel: the file is replaced whole below
        AtomicFile.write(out, bytes, "report");
        progress.accept(1);
    }

    /**
     * Loads the Word and PDF libraries ahead of need by writing a tiny paper in each and throwing it away, so the
     * officer's first paper is as quick as the next (the libraries' first load takes seconds). For a thread of its
     * own while the officer fills in the dialog: it touches no store and no file.
     */
    public static void warmUp() {
        CommitteeReport tiny = new CommitteeReport(new DocumentInfo("JointPlan", "", "", "", "", LocalDate.of(2024,
                4, 1)), List.of(new Section(PageSetup.A4_PORTRAIT, List.of(Block.Paragraph.of("JointPlan")))));
        try {
            PdfReportWriter.write(tiny, f -> { });
            DocxReportWriter.write(tiny, f -> { });
        } catch (RuntimeException ignored) {
            // the real paper, written next, says what is wrong
        }
    }

    /** The format a file name implies by its extension, or null. */
    public static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : Format.named(name.substring(dot + 1));
    }
}
