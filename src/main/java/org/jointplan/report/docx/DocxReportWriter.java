package org.jointplan.report.docx;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.LibraryLogging;

/**
 * Writes a committee report as an editable Word document (.docx) that officers paste into their council's report
 * template: Word's own heading, caption, table and list styles, real tables, pictures with alt text, A4 pages with
 * landscape sections where the report turns them, in British English.
 */
public final class DocxReportWriter {
    private DocxReportWriter() {
    }

    /**
     * @param progress told the fraction done (0 to 1) between blocks; it may throw a CancellationException to stop,
     *                 which is passed on and nothing is returned
     * @return the whole .docx file
     * @throws IllegalStateException when the document cannot be made, with a plain sentence saying so
     */
    public static byte[] write(CommitteeReport report, DoubleConsumer progress) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(progress, "progress");
        LibraryLogging.quiet();
        try {
            return DocxDocument.write(report, progress);
        } catch (CancellationException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException("The report could not be written as a Word document.", e);
        }
    }
}
