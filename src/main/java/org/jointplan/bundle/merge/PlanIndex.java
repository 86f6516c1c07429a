package org.jointplan.bundle.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.DateMove;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Tombstone;

/** Every record of one version of a plan by id, the plan's own details included, and the ids it has deleted. */
final class PlanIndex {
    private final PlanData plan;
    private final Map<UUID, Stamped> records = new HashMap<>();
    private final Map<UUID, Tombstone> deleted = new HashMap<>();

    PlanIndex(PlanData plan) {
        this.plan = plan;
        if (plan == null) {
            return;
        }
        records.put(plan.id(), plan.plan());
        for (List<? extends Stamped> list : List.of(plan.partners(), plan.priorities(), plan.actions(),
                plan.milestones(), plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(),
                plan.committeeDates(), plan.snapshots(), plan.dateMoves())) {
            list.forEach(r -> records.put(r.id(), r));
        }
        plan.tombstones().forEach(t -> deleted.put(t.id(), t));
    }

    boolean exists() {
        return plan != null;
    }

    Stamped get(UUID id) {
        return records.get(id);
    }

    boolean deleted(UUID id) {
        return deleted.containsKey(id);
    }

    /** Who deleted the record and when, if this version says. */
    java.util.Optional<org.jointplan.domain.Stamp> deletion(UUID id) {
        return java.util.Optional.ofNullable(deleted.get(id)).map(Tombstone::stamp);
    }

    Set<UUID> ids() {
        return records.keySet();
    }

    /** A person-readable name of a record, such as the action's title. */
    String name(Stamped r) {
        if (r instanceof Action a) {
            return "action '" + a.title() + "'";
        } else if (r instanceof Priority p) {
            return "priority '" + p.name() + "'";
        } else if (r instanceof Partner p) {
            return "partner '" + p.name() + "'";
        } else if (r instanceof Milestone m) {
            return "milestone '" + m.title() + "'";
        } else if (r instanceof Dependency d) {
            return "dependency: '" + title(d.afterActionId()) + "' waits for '" + title(d.beforeActionId()) + "'";
        } else if (r instanceof ProgressUpdate u) {
            return "progress update on '" + title(u.actionId()) + "'";
        } else if (r instanceof Measure m) {
            return "measure '" + m.name() + "'";
        } else if (r instanceof MeasureValue v) {
            Stamped m = get(v.measureId());
            return "value of " + (m == null ? "a measure" : name(m)) + " for "
                    + org.jointplan.domain.UkDates.numeric(v.date());
        } else if (r instanceof CommitteeDate c) {
            return "committee date '" + c.name() + "' on " + org.jointplan.domain.UkDates.numeric(c.date());
        } else if (r instanceof ReportSnapshot s) {
            return "report snapshot as at " + org.jointplan.domain.UkDates.numeric(s.asAt());
        } else if (r instanceof DateMove d) {
            Stamped subject = get(d.subjectId());
            return "date move of " + (subject == null ? "an action" : name(subject)) + " from "
                    + org.jointplan.domain.UkDates.numeric(d.from()) + " to "
                    + org.jointplan.domain.UkDates.numeric(d.to());
        }
        return "plan details";
    }

    /** The name a field value stands for: priority, partner or action names instead of ids. */
    String label(UUID id) {
        Stamped r = get(id);
        if (r instanceof Priority p) {
            return p.shortName();
        } else if (r instanceof Partner p) {
            return p.shortName();
        } else if (r instanceof Action a) {
            return a.title();
        }
        return r == null ? "(none)" : id.toString();
    }

    /** The priority a record belongs to, for grouping a review by priority. */
    UUID priorityOf(Stamped r) {
        if (r instanceof Action a) {
            return a.priorityId();
        } else if (r instanceof Priority p) {
            return p.id();
        } else if (r instanceof Milestone m) {
            return m.priorityId() != null ? m.priorityId() : priorityOfAction(m.actionId());
        } else if (r instanceof ProgressUpdate u) {
            return priorityOfAction(u.actionId());
        } else if (r instanceof Dependency d) {
            return priorityOfAction(d.afterActionId());
        } else if (r instanceof DateMove d) {
            return d.actionId() != null ? priorityOfAction(d.actionId()) : priorityOf(get(d.milestoneId()));
        }
        return null;
    }

    private UUID priorityOfAction(UUID actionId) {
        return get(actionId) instanceof Action a ? a.priorityId() : null;
    }

    private String title(UUID actionId) {
        return get(actionId) instanceof Action a ? a.title() : "(an action)";
    }
}
