package org.jointplan.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Counts of actions by status, and how many are overdue: a priority's summary follows its actions. */
public record StatusSummary(Map<Status, Integer> counts, int overdue) {

    public StatusSummary {
        counts = Map.copyOf(counts);
    }

    public static StatusSummary of(Collection<Action> actions, LocalDate today) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int overdue = 0;
        for (Action a : actions) {
            counts.merge(a.status(), 1, Integer::sum);
            if (a.isOverdue(today)) {
                overdue++;
            }
        }
        return new StatusSummary(counts, overdue);
    }

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The worst status present, the one a priority is rated by: red before amber before green. */
    public Status overall() {
        for (Status s : new Status[] {Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.NOT_STARTED}) {
            if (count(s) > 0) {
                return s;
            }
        }
        return total() > 0 ? Status.COMPLETE : Status.NOT_STARTED;
    }

    /** "5 actions: 2 on track, 1 at risk, 2 complete (1 overdue)". */
    public String describe() {
        return describe(BragKey.DEFAULT);
    }

    /** As {@link #describe()}, in the words of the plan's BRAG key. */
    public String describe(BragKey key) {
        StringBuilder text = new StringBuilder(total() + (total() == 1 ? " action" : " actions"));
        String sep = ": ";
        for (Status s : Status.values()) {
            if (count(s) > 0) {
                String word = key.label(s);
                // the default words read as prose in lower case; a plan's own words are kept as written
                word = word.equals(s.label()) ? word.toLowerCase(java.util.Locale.UK) : word;
                text.append(sep).append(count(s)).append(' ').append(word);
                sep = ", ";
            }
        }
        if (overdue > 0) {
            text.append(" (").append(overdue).append(" overdue)");
        }
        return text.toString();
    }
}
