package org.jointplan.report.docx;

import java.util.function.DoubleConsumer;
import org.jointplan.report.CommitteeReport;

public final class DocxReportWriter {
    private DocxReportWriter() {
    }

    public static byte[] write(CommitteeReport report, DoubleConsumer progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
