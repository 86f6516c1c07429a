package org.jointplan.chart.timeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.chart.ChartFiles;
import org.jointplan.chart.ChartLayout;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.SamplePlan;

/** Writes the sample plan's timeline pages and whole picture as PNGs to look at: {@code TimelineSandbox DIR}. */
public final class TimelineSandbox {
    private TimelineSandbox() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/timeline-sandbox");
        java.nio.file.Files.createDirectories(dir);
        ReportPosition position = ReportPosition.of(SamplePlan.load(), LocalDate.of(2024, 9, 30));
        LocalDate from = LocalDate.of(2024, 4, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        List<ChartLayout> pages = TimelineChart.pages(position, from, to, 756.85, 510.24);
        for (int i = 0; i < pages.size(); i++) {
            ChartFiles.write(pages.get(i), dir.resolve("page-" + (i + 1) + ".png"), 2);
        }
        ChartFiles.write(TimelineChart.whole(position, from, to, 1000), dir.resolve("whole.png"), 2);
        ChartFiles.write(TimelineChart.whole(position, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31), 700),
                dir.resolve("clipped.png"), 2);
        System.out.println(pages.size() + " pages; " + pages.get(0).description());
    }
}
