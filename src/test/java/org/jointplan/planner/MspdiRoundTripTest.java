package org.jointplan.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jointplan.domain.Action;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Stamp;
import org.jointplan.service.SamplePlan;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JointPlan → MS Project XML → JointPlan gives back the same plan on every field the export carries. */
class MspdiRoundTripTest {
    static final Stamp STAMP = new Stamp(Instant.parse("2025-01-02T10:00:00Z"), "City Council", "Officer");

    @TempDir
    Path dir;

    @Test
    void theSamplePlanComesBackTheSame() throws Exception {
        assertRoundTrip(SamplePlan.load());
    }

    @Test
    void aGeneratedPlanWithEveryStatusAndOwnersComesBackTheSame() throws Exception {
        assertRoundTrip(PlanGenerator.plan(300, 17));
    }

    private void assertRoundTrip(PlanData plan) throws Exception {
        Path file = dir.resolve("plan.xml");
        Files.write(file, MspdiExport.bytes(plan));
        IncomingPlan incoming = PlannerFiles.read(file, STAMP);
        PlanData back = incoming.plan();

        assertEquals(plan.plan().title(), back.plan().title());
        assertEquals(described(plan), described(back));
        assertEquals(plan.dependencies().size(), back.dependencies().size());
        assertEquals(links(plan), links(back));
        assertTrue(incoming.notes().isEmpty(), () -> "notes: " + incoming.notes());
        assertTrue(back.actions().stream().allMatch(a -> a.stamp().equals(STAMP)));
        assertTrue(incoming.carried().contains(org.jointplan.domain.ImportedField.STATUS), "JointPlan's own field");
    }

    /** Every carried field of the plan, in the plan's order, by names rather than ids (the import's ids are new). */
    static List<String> described(PlanData plan) {
        Map<UUID, String> partners = plan.partners().stream().collect(Collectors.toMap(Partner::id, Partner::name));
        Map<UUID, String> actionTitles = plan.actions().stream().collect(Collectors.toMap(Action::id, Action::title));
        Map<UUID, String> priorityNames = plan.priorities().stream()
                .collect(Collectors.toMap(Priority::id, Priority::name));
        List<String> lines = new java.util.ArrayList<>();
        plan.priorities().stream().sorted(Comparator.comparingInt(Priority::order)).forEach(p -> {
            lines.add("priority " + p.order() + " " + p.name());
            plan.actionsOf(p.id()).forEach(a -> lines.add("  action " + a.title() + " | " + a.start() + " | "
                    + a.due() + " | " + a.status() + " | " + a.percentComplete() + " | " + a.owner() + " | "
                    + (a.leadPartnerId() == null ? "" : partners.get(a.leadPartnerId())) + " | " + a.description()));
        });
        plan.milestones().stream().map(m -> "milestone " + m.title() + " | " + m.date() + " | " + m.achieved()
                        + " | " + (m.actionId() != null ? "action " + actionTitles.get(m.actionId())
                        : "priority " + priorityNames.get(m.priorityId())))
                .sorted().forEach(lines::add);
        return lines;
    }

    static List<String> links(PlanData plan) {
        Function<UUID, String> title = id -> plan.action(id).orElseThrow().title() + "@" + plan.action(id)
                .orElseThrow().start();
        return plan.dependencies().stream().map(d -> title.apply(d.beforeActionId()) + " -> "
                + title.apply(d.afterActionId())).sorted().toList();
    }
}
