package org.jointplan.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit's JSON summary of a push (ids saved and removed, by kind) in plain words: "3 actions, 1 milestone
 * changed; 1 action removed". Kinds the words do not know (a newer JointPlan's) are counted as "other records".
 */
final class AuditSummary {
    /** The kinds in the order a reader expects them, each with its singular and plural noun. */
    private static final List<String[]> NOUNS = List.of(
            new String[] {"PLAN", "plan's details", "plan's details"},
            new String[] {"PARTNER", "partner", "partners"},
            new String[] {"PRIORITY", "priority", "priorities"},
            new String[] {"ACTION", "action", "actions"},
            new String[] {"MILESTONE", "milestone", "milestones"},
            new String[] {"DEPENDENCY", "dependency", "dependencies"},
            new String[] {"PROGRESS_UPDATE", "progress update", "progress updates"},
            new String[] {"MEASURE", "measure", "measures"},
            new String[] {"MEASURE_VALUE", "measure value", "measure values"},
            new String[] {"COMMITTEE_DATE", "committee date", "committee dates"},
            new String[] {"SNAPSHOT", "report snapshot", "report snapshots"},
            new String[] {"DATE_MOVE", "date move", "date moves"});

    private AuditSummary() {
    }

    /** {@code saved} and {@code removed}: how many records of each kind (by its name in the audit's JSON). */
    static String words(Map<String, Integer> saved, Map<String, Integer> removed) {
        String said = sentence(saved, removed);
        return Character.toUpperCase(said.charAt(0)) + said.substring(1);
    }

    private static String sentence(Map<String, Integer> saved, Map<String, Integer> removed) {
        String changed = counts(saved);
        String gone = counts(removed);
        if (changed.isEmpty() && gone.isEmpty()) {
            return "Nothing changed";
        }
        if (gone.isEmpty()) {
            return changed + " changed";
        }
        return changed.isEmpty() ? gone + " removed" : changed + " changed; " + gone + " removed";
    }

    private static String counts(Map<String, Integer> byKind) {
        List<String> parts = new ArrayList<>();
        int others = 0;
        for (Map.Entry<String, Integer> e : byKind.entrySet()) {
            if (NOUNS.stream().noneMatch(n -> n[0].equals(e.getKey()))) {
                others += e.getValue();
            }
        }
        for (String[] noun : NOUNS) {
            Integer n = byKind.get(noun[0]);
            if (n != null && n > 0) {
                parts.add(noun[0].equals("PLAN") ? "the " + noun[1] : n + " " + (n == 1 ? noun[1] : noun[2]));
            }
        }
        if (others > 0) {
            parts.add(others + (others == 1 ? " other record" : " other records"));
        }
        return String.join(", ", parts);
    }
}
