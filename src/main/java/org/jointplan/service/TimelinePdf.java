package org.jointplan.service;

import java.util.List;
import org.jointplan.chart.ChartLayout;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ValidationException;

/** The timeline's pages as a tagged PDF: waits for the committee report's PDF writer (branch h-pdf). */
final class TimelinePdf {
    private TimelinePdf() {
    }

    static byte[] bytes(ReportPosition position, List<ChartLayout> pages, TimelineExports.Page page) {
        throw new ValidationException("This version cannot write the timeline as PDF yet; write it as .svg or .png.");
    }
}
