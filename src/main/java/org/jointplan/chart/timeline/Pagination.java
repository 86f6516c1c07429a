package org.jointplan.chart.timeline;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.chart.timeline.TimelineRows.Lane;
import org.jointplan.chart.timeline.TimelineRows.Row;

/**
 * Splits the lanes into pages of at most so many rows. Every page begins with a lane's header ("continued" when the
 * lane ran on from the page before); a lane that does not fit in what is left of a page but fits on a page of its
 * own starts a new page, and a header is never left alone at the foot of a page.
 */
final class Pagination {
    /**
     * One row of a page: a lane's header (action null), one of its actions, or the count of its actions left out of
     * a picture with a limit per lane ({@code more} above 0).
     */
    record PageRow(Lane lane, Row action, boolean continued, int more) {
        PageRow(Lane lane, Row action, boolean continued) {
            this(lane, action, continued, 0);
        }

        boolean header() {
            return action == null && more == 0;
        }
    }

    private Pagination() {
    }

    static List<List<PageRow>> pages(List<Lane> lanes, int rowsPerPage) {
        if (rowsPerPage < 2) {
            throw new IllegalArgumentException("The page is too small to hold a lane's header and one action.");
        }
        List<List<PageRow>> pages = new ArrayList<>();
        List<PageRow> page = new ArrayList<>();
        for (Lane lane : lanes) {
            int need = 1 + lane.rows().size();
            int free = rowsPerPage - page.size();
            if (!page.isEmpty() && (free < 2 || need > free && need <= rowsPerPage)) {
                pages.add(page);
                page = new ArrayList<>();
            }
            page.add(new PageRow(lane, null, false));
            for (Row row : lane.rows()) {
                if (page.size() == rowsPerPage) {
                    pages.add(page);
                    page = new ArrayList<>();
                    page.add(new PageRow(lane, null, true));
                }
                page.add(new PageRow(lane, row, false));
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** All the lanes on one long page, each with at most {@code perLane} actions and then a count of the rest. */
    static List<PageRow> whole(List<Lane> lanes, int perLane) {
        List<PageRow> rows = new ArrayList<>();
        for (Lane lane : lanes) {
            rows.add(new PageRow(lane, null, false));
            int shown = Math.min(perLane, lane.rows().size());
            lane.rows().subList(0, shown).forEach(r -> rows.add(new PageRow(lane, r, false)));
            if (shown < lane.rows().size()) {
                rows.add(new PageRow(lane, null, false, lane.rows().size() - shown));
            }
        }
        return rows;
    }
}
