package org.jointplan.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jointplan.domain.Action;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Stamp;

/** A stored plan as a reader of another application's file would give it back, for tests of what follows. */
public final class IncomingCopies {
    private static final Stamp READ = Stamp.now("", "");

    private IncomingCopies() {
    }

    /** The plan as a reader would give it: every record with a fresh id, references as a tracker writes them. */
    public static IncomingPlan of(PlanData plan, UnaryOperator<Action> edit, Set<ImportedField> carried) {
        Map<UUID, UUID> ids = new HashMap<>();
        UUID planId = fresh(ids, plan.id());
        Plan header = new Plan(planId, plan.plan().title(), plan.plan().strategy(), plan.plan().period(),
                plan.plan().financialYear(), plan.plan().governanceGroups(), plan.plan().bragKey(), READ);
        List<Partner> partners = plan.partners().stream().map(p -> new Partner(fresh(ids, p.id()), planId, p.name(),
                p.shortName(), READ)).toList();
        List<Priority> priorities = plan.priorities().stream().map(p -> new Priority(fresh(ids, p.id()), planId,
                p.order(), p.name(), p.shortName(), p.rationale(), ids.get(p.leadPartnerId()), p.leadOfficer(),
                p.retired(), null, "", p.confidence(), READ)).toList();
        List<Action> actions = new ArrayList<>();
        Map<UUID, String> references = new HashMap<>();
        for (Priority p : plan.priorities()) {
            List<Action> of = plan.actionsOf(p.id());
            for (int i = 0; i < of.size(); i++) {
                Action a = edit.apply(of.get(i));
                UUID id = fresh(ids, a.id());
                references.put(id, p.order() + "." + (i + 1));
                actions.add(new Action(id, planId, ids.get(a.priorityId()), Set.of(), a.title(), a.description(),
                        ids.get(a.leadPartnerId()), a.owner(), a.start(), a.due(), a.status(), a.percentComplete(),
                        a.statusReason(), "", null, null, a.correctiveAction(), a.decisionNeeded(), READ));
            }
        }
        List<Milestone> milestones = plan.milestones().stream().map(m -> new Milestone(fresh(ids, m.id()), planId,
                ids.get(m.actionId()), ids.get(m.priorityId()), m.title(), m.baselineDate(), m.date(), "",
                m.achieved(), READ)).toList();
        List<Dependency> dependencies = plan.dependencies().stream().map(d -> new Dependency(fresh(ids, d.id()),
                planId, ids.get(d.beforeActionId()), ids.get(d.afterActionId()), READ)).toList();
        PlanData read = new PlanData(header, partners, priorities, actions, milestones, dependencies, null, null,
                null, null, null, null, null);
        return new IncomingPlan("tracker.xlsx", read, carried, references, List.of());
    }

    private static UUID fresh(Map<UUID, UUID> ids, UUID old) {
        return ids.computeIfAbsent(old, k -> UUID.randomUUID());
    }
}
