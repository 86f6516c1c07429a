package org.jointplan.chart.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jointplan.chart.timeline.Pagination.PageRow;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.Status;
import org.jointplan.domain.StatusSummary;
import org.jointplan.domain.UkDates;

/** A page of the timeline in words, for a screen reader: its title and what each lane on it holds. */
final class TimelineWords {
    private TimelineWords() {
    }

    /** "Timeline of Plan, page 2 of 5, as at 30/09/2024" ({@code page} empty for the whole timeline). */
    static String title(String plan, String page, LocalDate asAt) {
        return "Timeline of " + plan + (page.isEmpty() ? "" : ", " + page) + ", as at " + UkDates.numeric(asAt);
    }

    /**
     * "Timeline of Plan, page 2 of 5, as at 30/09/2024, from 01/04/2024 to 31/03/2025: priority 'SLCN' (6 actions:
     * 3 on track, 1 at risk, 2 complete); priority 'Sleep', continued (…). Committee dates: …"
     */
    static String description(String title, LocalDate from, LocalDate to, List<PageRow> rows, BragKey key,
                              List<CommitteeDate> committees) {
        StringBuilder b = new StringBuilder(title).append(", from ").append(UkDates.numeric(from)).append(" to ")
                .append(UkDates.numeric(to)).append(": ");
        List<String> lanes = new ArrayList<>();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int overdue = 0;
        int more = 0;
        PageRow lane = null;
        for (int i = 0; i <= rows.size(); i++) {
            PageRow row = i < rows.size() ? rows.get(i) : null;
            if (row == null || row.header()) {
                if (lane != null) {
                    lanes.add("priority '" + lane.lane().shortName() + "'" + (lane.continued() ? ", continued" : "")
                            + " (" + new StatusSummary(counts, overdue).describe(key)
                            + (more > 0 ? "; " + more + " more not shown" : "") + ")");
                }
                lane = row;
                more = 0;
                counts = new EnumMap<>(Status.class);
                overdue = 0;
            } else if (row.more() > 0) {
                more = row.more();
            } else {
                counts.merge(row.action().action().status(), 1, Integer::sum);
                overdue += row.action().action().overdue() ? 1 : 0;
            }
        }
        b.append(lanes.isEmpty() ? "no actions fall in these dates" : String.join("; ", lanes)).append('.');
        List<String> dates = committees.stream().filter(c -> !c.date().isBefore(from) && !c.date().isAfter(to))
                .map(c -> c.name() + " " + UkDates.numeric(c.date())).toList();
        if (!dates.isEmpty()) {
            b.append(" Committee dates: ").append(String.join(", ", dates)).append('.');
        }
        return b.toString();
    }
}
