package org.jointplan.sheet;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Status;

/**
 * Reads the ratings trackers write: the BRAG colours and their letters ("G", "green " with a space), the usual
 * words ("Complete", "Not started", "On track", "Slipping"), and the plan's own BRAG key words. Two ratings in one
 * cell ("Amber/Green", "AG") and words that are no rating are asked about; so is a rating shown only as a fill.
 */
final class StatusReading {
    private static final Map<String, Status> USUAL = new HashMap<>();

    static {
        words(Status.COMPLETE, "blue", "b", "complete", "completed", "done", "closed", "achieved", "delivered",
                "finished", "met", "complete closed", "completed closed", "c");
        words(Status.ON_TRACK, "green", "g", "on track", "on target", "in progress", "good", "ontrack",
                "on schedule", "progressing", "underway", "under way", "started", "in hand", "ok", "live");
        words(Status.AT_RISK, "amber", "a", "at risk", "some slippage", "slippage", "slipping", "minor issues",
                "some issues", "minor delay", "risk", "yellow", "y", "concern", "some concerns");
        words(Status.OFF_TRACK, "red", "r", "off track", "delayed", "behind", "behind schedule", "overdue",
                "escalate", "escalated", "not on track", "significant issues", "major issues", "stalled",
                "not achieved", "missed", "offtrack", "at significant risk");
        words(Status.NOT_STARTED, "grey", "gray", "not started", "not yet started", "not due", "not yet due",
                "n/s", "ns", "planned", "future", "white", "not commenced", "no data", "pending", "not begun",
                "to start", "not due to start", "not yet due to start", "yet to start");
    }

    private final Map<String, Status> words = new HashMap<>(USUAL);

    StatusReading(BragKey key) {
        for (BragKey.Entry e : key.entries()) {
            words.put(normal(e.label()), e.status()); // the plan's own words win over the usual ones
        }
    }

    private static void words(Status status, String... list) {
        for (String w : list) {
            USUAL.put(w, status);
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00a0]+");
    private static final java.util.regex.Pattern ENDS = java.util.regex.Pattern.compile("^[\\s(\\[]+|[\\s.)\\]!]+$");

    static String normal(String text) {
        return ENDS.matcher(SPACES.matcher(text.toLowerCase(Locale.UK)).replaceAll(" ")).replaceAll("").strip();
    }

    StatusValue read(GridCell cell) {
        if (cell == null || cell.error()) {
            return new StatusValue.Blank();
        }
        String written = cell.text().strip();
        if (written.isEmpty()) {
            if (cell.fill() == null) {
                return new StatusValue.Blank();
            }
            return new StatusValue.FillOnly(cell.fill(), Status.fromCode(cell.fill()));
        }
        String t = normal(written);
        Status whole = words.get(t);
        if (whole != null) {
            return new StatusValue.Known(whole);
        }
        Set<Status> parts = new LinkedHashSet<>();
        boolean unread = false;
        String[] pieces = t.matches("[bragy]{2}") ? t.split("") : t.split("\\s*(?:/|\\\\|-|–|—|&|\\+|,|:|\\bto\\b|\\bor\\b)\\s*");
        for (String piece : pieces) {
            String p = normal(piece);
            if (p.isEmpty()) {
                continue;
            }
            Status s = words.get(p);
            if (s == null) {
                s = words.get(p.split(" ")[0]); // "green on track", "amber (slippage)"
                if (s == null || !isColour(p.split(" ")[0])) {
                    s = null;
                }
            }
            if (s == null) {
                unread = true;
            } else {
                parts.add(s);
            }
        }
        if (parts.size() == 1 && (!unread || pieces.length > 1 || isColour(t.split(" ")[0]))) {
            return new StatusValue.Known(parts.iterator().next());
        }
        if (parts.size() == 2) {
            var it = parts.iterator();
            return new StatusValue.Between(written, it.next(), it.next());
        }
        return new StatusValue.Unknown(written);
    }

    private static boolean isColour(String word) {
        return Set.of("blue", "green", "amber", "red", "grey", "gray", "b", "g", "a", "r").contains(word);
    }
}
