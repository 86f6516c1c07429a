package org.jointplan.bundle.merge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointplan.domain.Action;
import org.jointplan.domain.Difference.Type;
import org.jointplan.domain.Difference;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Confidence;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;

/**
 * Compares a partner's copy of a plan with the local plan and their common base (the plan as it was at the
 * exchange the partner's copy came from). Only the partner's changes are listed: what changed locally since the
 * base stays as it is, unless both sides changed the same thing, which is a conflict. Without a known base, every
 * field on which the two differ is a conflict: nothing is overwritten on a guess.
 */
public final class ThreeWayDiff {
    private final PlanIndex base;
    private final PlanIndex mine;
    private final PlanIndex theirs;
    private final List<Difference> differences = new ArrayList<>();

    private ThreeWayDiff(PlanData base, PlanData mine, PlanData theirs) {
        this.base = new PlanIndex(base);
        this.mine = new PlanIndex(mine);
        this.theirs = new PlanIndex(theirs);
    }

    public static List<Difference> compare(PlanData base, PlanData mine, PlanData theirs) {
        if (!mine.id().equals(theirs.id()) || (base != null && !base.id().equals(mine.id()))) {
            throw new IllegalArgumentException("The versions compared must be of the same plan.");
        }
        ThreeWayDiff diff = new ThreeWayDiff(base, mine, theirs);
        Set<UUID> ids = new LinkedHashSet<>(diff.theirs.ids());
        ids.addAll(diff.base.ids());
        ids.stream().sorted().forEach(diff::compareRecord);
        diff.differences.sort(Comparator.comparing((Difference d) -> d.priorityId() == null ? "" :
                d.priorityId().toString()).thenComparing(Difference::description));
        return List.copyOf(diff.differences);
    }

    private void compareRecord(UUID id) {
        Stamped b = base.get(id);
        Stamped m = mine.get(id);
        Stamped t = theirs.get(id);
        if (b == null && t != null) {
            if (m == null) {
                if (!mine.deleted(id)) {
                    add(Type.ADDED, t, null, null, null, t, capital(theirs.name(t)) + " added" + by(t.stamp()));
                }
            } else {
                compareFields(null, m, t); // no known base: any difference is a conflict
            }
        } else if (b != null && t == null) {
            if (m == null) {
                return;
            }
            Stamp deletedBy = theirs.deletion(id).orElse(m.stamp());
            if (sameContent(b, m)) {
                add(Type.DELETED, m, null, b, m, null, capital(mine.name(m)) + " deleted" + by(deletedBy),
                        deletedBy);
            } else {
                add(Type.CONFLICT, m, null, b, m, null, "They deleted " + mine.name(m) + ", which you changed"
                        + by(deletedBy), deletedBy);
            }
        } else if (b != null) {
            if (b.equals(t) || sameContent(b, t)) { // equal records (stamp too) need no field-by-field look
                return;
            }
            if (m == null) {
                add(Type.CONFLICT, t, null, b, null, t, "You deleted " + theirs.name(t) + ", which they changed"
                        + by(t.stamp()));
                return;
            }
            compareFields(b, m, t);
        }
    }

    private void compareFields(Stamped b, Stamped m, Stamped t) {
        Map<String, Object> mf = RecordFields.of((Record) m);
        Map<String, Object> tf = RecordFields.of((Record) t);
        Map<String, Object> bf = b == null ? null : RecordFields.of((Record) b);
        for (String field : tf.keySet()) {
            Object theirValue = tf.get(field);
            Object myValue = mf.get(field);
            if (bf != null && Objects.equals(bf.get(field), theirValue) || Objects.equals(myValue, theirValue)) {
                continue; // they did not change it, or both made the same change
            }
            Object baseValue = bf == null ? null : bf.get(field);
            String what = capital(theirs.name(t)) + ": " + Fields.describe(field);
            if (bf != null && Objects.equals(baseValue, myValue)) {
                boolean moved = t instanceof Action && field.equals("priorityId");
                List<String> shown = showBoth(baseValue, theirValue);
                add(moved ? Type.MOVED : Type.CHANGED, t, field, baseValue, myValue, theirValue,
                        what + (moved ? " moved" : " changed") + " from " + shown.get(0) + " to "
                                + shown.get(1) + by(t.stamp()));
            } else {
                List<String> shown = showBoth(myValue, theirValue);
                add(Type.CONFLICT, t, field, baseValue, myValue, theirValue, what + ": yours is " + shown.get(0)
                        + ", theirs is " + shown.get(1) + by(t.stamp()));
            }
        }
    }

    private void add(Type type, Stamped record, String field, Object b, Object m, Object t, String text) {
        add(type, record, field, b, m, t, text, record.stamp());
    }

    private void add(Type type, Stamped record, String field, Object b, Object m, Object t, String text,
                     Stamp by) {
        UUID priority = theirs.priorityOf(record) != null ? theirs.priorityOf(record) : mine.priorityOf(record);
        differences.add(new Difference(type, record, field, b, m, t, priority, by, text));
    }

    private static boolean sameContent(Stamped a, Stamped b) {
        return RecordFields.of((Record) a).equals(RecordFields.of((Record) b));
    }

    /** Two values of one field; two long texts are cut where they differ, not both at the same point. */
    private List<String> showBoth(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return ValueExcerpts.of(x, y).stream().map(s -> "'" + s + "'").toList();
        }
        return List.of(show(a), show(b));
    }

    private String show(Object value) {
        if (value == null) {
            return "(none)";
        } else if (value instanceof LocalDate d) {
            return UkDates.numeric(d);
        } else if (value instanceof UUID id) {
            return "'" + (theirs.get(id) != null ? theirs.label(id) : mine.label(id)) + "'";
        } else if (value instanceof Status s) {
            return s.label();
        } else if (value instanceof Confidence c) {
            return c.label();
        } else if (value instanceof BragKey key) {
            return key.inReadingOrder().stream().map(e -> e.colour() + " '" + e.label() + "'")
                    .collect(Collectors.joining(", "));
        } else if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "(none)" : c.stream().map(this::show).collect(Collectors.joining(", "));
        } else if (value instanceof String s) {
            return "'" + (s.length() > 60 ? s.substring(0, 57) + "…" : s) + "'";
        } else if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return value.toString();
    }

    private static String by(Stamp stamp) {
        String who = stamp.organisation().isEmpty() ? stamp.person()
                : stamp.person().isEmpty() ? stamp.organisation() : stamp.person() + ", " + stamp.organisation();
        return (who.isEmpty() ? "" : " by " + who) + " on "
                + UkDates.numeric(LocalDate.ofInstant(stamp.at(), ZoneId.of("Europe/London")));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
