package org.jointplan.server;

import java.util.List;
import java.util.Set;
import org.jointplan.domain.Action;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.DateMove;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.Tombstone;
import org.jointplan.domain.spc.Improvement;

/** The server table mappings of every record kind below the plan itself (as the store's, in PostgreSQL types). */
final class ServerTables {
    private ServerTables() {
    }

    static final ServerTable<Partner> PARTNER = new ServerTable<>("partner",
            List.of("id", "plan_id", "name", "short_name"), "name, id",
            (p, plan, r) -> p.id(r.id()).id(r.planId()).text(r.name()).text(r.shortName()).stamp(r.stamp()),
            row -> new Partner(row.id("id"), row.id("plan_id"), row.text("name"), row.text("short_name"),
                    row.stamp()));

    static final ServerTable<Priority> PRIORITY = new ServerTable<>("priority",
            List.of("id", "plan_id", "position", "name", "short_name", "rationale", "lead_partner_id", "lead_officer",
                    "retired", "rating_override", "override_reason", "confidence"), "position, id",
            (p, plan, r) -> p.id(r.id()).id(r.planId()).integer(r.order()).text(r.name()).text(r.shortName())
                    .text(r.rationale()).id(r.leadPartnerId()).text(r.leadOfficer()).bool(r.retired())
                    .text(r.ratingOverride() == null ? null : r.ratingOverride().code()).text(r.overrideReason())
                    .text(r.confidence() == null ? null : r.confidence().code()).stamp(r.stamp()),
            row -> new Priority(row.id("id"), row.id("plan_id"), row.integer("position"), row.text("name"),
                    row.text("short_name"), row.text("rationale"), row.id("lead_partner_id"),
                    row.text("lead_officer"), row.bool("retired"), row.optionalStatus("rating_override"),
                    row.text("override_reason"), row.confidence("confidence"), row.stamp()));

    /** Other priorities are in action_priority; the reader fills them in after the actions are read. */
    static final ServerTable<Action> ACTION = new ServerTable<>("action",
            List.of("id", "plan_id", "priority_id", "title", "description", "lead_partner_id", "owner", "start_date",
                    "due_date", "status", "percent_complete", "status_reason", "notes", "baseline_start",
                    "baseline_due", "corrective_action", "decision_needed"), "start_date, title, id",
            (p, plan, r) -> p.id(r.id()).id(r.planId()).id(r.priorityId()).text(r.title()).text(r.description())
                    .id(r.leadPartnerId()).text(r.owner()).date(r.start()).date(r.due()).text(r.status().code())
                    .integer(r.percentComplete()).text(r.statusReason()).text(r.notes()).date(r.baselineStart())
                    .date(r.baselineDue()).text(r.correctiveAction()).text(r.decisionNeeded()).stamp(r.stamp()),
            row -> new Action(row.id("id"), row.id("plan_id"), row.id("priority_id"), Set.of(), row.text("title"),
                    row.text("description"), row.id("lead_partner_id"), row.text("owner"), row.date("start_date"),
                    row.date("due_date"), row.status("status"), row.integer("percent_complete"),
                    row.text("status_reason"), row.text("notes"), row.date("baseline_start"),
                    row.date("baseline_due"), row.text("corrective_action"), row.text("decision_needed"),
                    row.stamp()));

    static final ServerTable<Milestone> MILESTONE = new ServerTable<>("milestone",
            List.of("id", "plan_id", "action_id", "priority_id", "title", "baseline_date", "due_date",
                    "revision_reason", "achieved"), "due_date, title, id",
            (p, plan, r) -> p.id(r.id()).id(r.planId()).id(r.actionId()).id(r.priorityId()).text(r.title())
                    .date(r.baselineDate()).date(r.date()).text(r.revisionReason()).bool(r.achieved())
                    .stamp(r.stamp()),
            row -> new Milestone(row.id("id"), row.id("plan_id"), row.id("action_id"), row.id("priority_id"),
                    row.text("title"), row.date("baseline_date"), row.date("due_date"), row.text("revision_reason"),
                    row.bool("achieved"), row.stamp()));

    static final ServerTable<Dependency> DEPENDENCY = new ServerTable<>("dependency",
            List.of("id", "plan_id", "before_action_id", "after_action_id"), "id",
            (p, plan, r) -> p.id(r.id()).id(r.planId()).id(r.beforeActionId()).id(r.afterActionId())
                    .stamp(r.stamp()),
            row -> new Dependency(row.id("id"), row.id("plan_id"), row.id("before_action_id"),
                    row.id("after_action_id"), row.stamp()));

    static final ServerTable<ProgressUpdate> PROGRESS_UPDATE = new ServerTable<>("progress_update",
            List.of("id", "plan_id", "action_id", "update_date", "text", "status", "author"),
            "update_date DESC, changed_at DESC, id",
            (p, plan, r) -> p.id(r.id()).id(plan).id(r.actionId()).date(r.date()).text(r.text())
                    .text(r.status().code()).text(r.author()).stamp(r.stamp()),
            row -> new ProgressUpdate(row.id("id"), row.id("action_id"), row.date("update_date"), row.text("text"),
                    row.status("status"), row.text("author"), row.stamp()));

    /** Targets and rebase points are in measure_target and measure_rebase; the reader fills them in. */
    static final ServerTable<Measure> MEASURE = new ServerTable<>("measure",
            List.of("id", "plan_id", "priority_id", "name", "unit", "decimals", "better", "frequency",
                    "baseline_value", "baseline_date", "source", "suppress_below", "description"),
            "name, id",
            (p, plan, r) -> p.id(r.id()).id(r.planId()).id(r.priorityId()).text(r.name()).text(r.unit())
                    .integer(r.decimals()).text(r.better().code()).text(r.frequency().code())
                    .real(r.baselineValue()).date(r.baselineDate()).text(r.source()).real(r.suppressBelow())
                    .text(r.description()).stamp(r.stamp()),
            row -> new Measure(row.id("id"), row.id("plan_id"), row.id("priority_id"), row.text("name"),
                    row.text("unit"), row.integer("decimals"), Improvement.fromCode(row.text("better")),
                    Frequency.fromCode(row.text("frequency")), row.real("baseline_value"), row.date("baseline_date"),
                    List.of(), row.text("source"), row.real("suppress_below"), List.of(), row.text("description"),
                    row.stamp()));

    static final ServerTable<MeasureValue> MEASURE_VALUE = new ServerTable<>("measure_value",
            List.of("id", "plan_id", "measure_id", "value_date", "actual", "trajectory", "note"),
            "measure_id, value_date, id",
            (p, plan, r) -> p.id(r.id()).id(plan).id(r.measureId()).date(r.date()).real(r.actual())
                    .real(r.trajectory()).text(r.note()).stamp(r.stamp()),
            row -> new MeasureValue(row.id("id"), row.id("measure_id"), row.date("value_date"), row.real("actual"),
                    row.real("trajectory"), row.text("note"), row.stamp()));

    static final ServerTable<CommitteeDate> COMMITTEE_DATE = new ServerTable<>("committee_date",
            List.of("id", "plan_id", "name", "meeting_date"), "meeting_date, name, id",
            (p, plan, r) -> p.id(r.id()).id(r.planId()).text(r.name()).date(r.date()).stamp(r.stamp()),
            row -> new CommitteeDate(row.id("id"), row.id("plan_id"), row.text("name"), row.date("meeting_date"),
                    row.stamp()));

    static final ServerTable<DateMove> DATE_MOVE = new ServerTable<>("date_move",
            List.of("id", "plan_id", "action_id", "milestone_id", "from_date", "to_date", "reason"),
            "changed_at, id",
            (p, plan, r) -> p.id(r.id()).id(r.planId()).id(r.actionId()).id(r.milestoneId()).date(r.from())
                    .date(r.to()).text(r.reason()).stamp(r.stamp()),
            row -> new DateMove(row.id("id"), row.id("plan_id"), row.id("action_id"), row.id("milestone_id"),
                    row.date("from_date"), row.date("to_date"), row.text("reason"), row.stamp()));

    /** The snapshot's own row; its positions are in the snapshot_* tables (see SnapshotRows). */
    static final ServerTable<ReportSnapshot> SNAPSHOT = new ServerTable<>("report_snapshot",
            List.of("id", "plan_id", "as_at", "label"), "as_at, changed_at, id",
            (p, plan, r) -> p.id(r.id()).id(r.planId()).date(r.asAt()).text(r.label()).stamp(r.stamp()),
            row -> new ReportSnapshot(row.id("id"), row.id("plan_id"), row.date("as_at"), row.text("label"),
                    List.of(), List.of(), List.of(), List.of(), row.stamp()));

    static final ServerTable<Tombstone> TOMBSTONE = new ServerTable<>("tombstone",
            List.of("id", "plan_id", "kind"), "changed_at, id",
            (p, plan, r) -> p.id(r.id()).id(r.planId()).text(r.kind().name()).stamp(r.stamp()),
            row -> new Tombstone(row.id("id"), row.id("plan_id"), EntityKind.valueOf(row.text("kind")),
                    row.stamp()));

    @SuppressWarnings("unchecked")
    static <T> ServerTable<T> of(EntityKind kind) {
        return (ServerTable<T>) switch (kind) {
            case PARTNER -> PARTNER;
            case PRIORITY -> PRIORITY;
            case ACTION -> ACTION;
            case MILESTONE -> MILESTONE;
            case DEPENDENCY -> DEPENDENCY;
            case PROGRESS_UPDATE -> PROGRESS_UPDATE;
            case MEASURE -> MEASURE;
            case MEASURE_VALUE -> MEASURE_VALUE;
            case COMMITTEE_DATE -> COMMITTEE_DATE;
            case SNAPSHOT -> SNAPSHOT;
            case DATE_MOVE -> DATE_MOVE;
        };
    }
}
