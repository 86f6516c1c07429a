package org.jointplan.testsupport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.SamplePlan;
import org.jointplan.store.Store;

/**
 * The sample plan as it stood on 7 October 2024, before its reporting cycle: the position its first report (as at
 * 30/09/2024) froze, with no baseline, snapshot, date move or committee date yet. Tests that walk an officer through
 * the cycle from its start use it; the shipped sample has already been through the whole year.
 */
public final class OctoberSample {
    public static final LocalDate FIRST_REPORT = LocalDate.of(2024, 9, 30);
    private static final LocalDate LAST_UPDATE = LocalDate.of(2024, 10, 7);

    private OctoberSample() {
    }

    public static PlanData plan() {
        PlanData sample = SamplePlan.load();
        PlanData october = ReportPosition.of(sample, FIRST_REPORT).plan();
        return new PlanData(sample.plan(), sample.partners(),
                sample.priorities().stream().map(p -> new Priority(p.id(), p.planId(), p.order(), p.name(),
                        p.shortName(), p.rationale(), p.leadPartnerId(), p.leadOfficer(), p.retired(), null, "",
                        null, p.stamp())).toList(),
                october.actions().stream().map(a -> a.toBuilder().baseline(null, null).correctiveAction("")
                        .build()).toList(),
                october.milestones().stream().map(m -> new Milestone(m.id(), m.planId(), m.actionId(),
                        m.priorityId(), m.title(), m.baselineDate(), m.date(), m.hasSlipped() ? m.revisionReason()
                        : "", m.achieved(), m.stamp())).toList(),
                october.dependencies(),
                october.updates().stream().filter(u -> !u.date().isAfter(LAST_UPDATE)).toList(),
                sample.measures(), sample.measureValues(), List.of(), List.of(), List.of(), List.of());
    }

    /** A new store file holding only the October plan. */
    public static Path store(Path file) {
        PlanData plan = plan();
        try (Store store = Store.open(file)) {
            store.write("the October sample", w -> w.savePlan(plan));
        }
        return file;
    }
}
