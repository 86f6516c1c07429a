package org.jointplan.ui.present;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.ui.timeline.TimelineView;

/**
 * The slides of a presentation: the whole plan (each priority collapsed to its summary), then each priority on its
 * own with its actions, then the exceptions, then the measures one to a slide (the plan's own, then each priority's),
 * as a committee paper orders them, then the whole plan again to close. Stepping stops at both ends, so an
 * extra click of the presenter's clicker does nothing surprising.
 */
final class PresentationSteps {
    /**
     * One slide: a priority, the exception report, the whole plan when {@code priority} is null, or one measure (of
     * a priority, or of the plan itself when {@code priority} is null).
     */
    record Step(Priority priority, String caption, boolean exceptions, UUID measureId) {
        Step(Priority priority, String caption) {
            this(priority, caption, false, null);
        }

        boolean measures() {
            return measureId != null;
        }
    }

    static final String EXCEPTIONS = "Exceptions";

    private final List<Step> steps = new ArrayList<>();
    private final Set<UUID> allPriorities;
    private int index;

    PresentationSteps(PlanData plan) {
        List<Priority> priorities = plan.priorities().stream().sorted(Comparator.comparingInt(Priority::order))
                .toList();
        allPriorities = priorities.stream().map(Priority::id).collect(Collectors.toUnmodifiableSet());
        String whole = "Whole plan: " + priorities.size() + (priorities.size() == 1 ? " priority" : " priorities");
        steps.add(new Step(null, whole));
        for (int i = 0; i < priorities.size(); i++) {
            steps.add(new Step(priorities.get(i), "Priority " + (i + 1) + " of " + priorities.size()));
        }
        if (!priorities.isEmpty()) {
            steps.add(new Step(null, EXCEPTIONS, true, null));
        }
        addMeasures(plan, null, "Measures of the whole plan");
        for (int i = 0; i < priorities.size(); i++) {
            addMeasures(plan, priorities.get(i), "Measures of priority " + (i + 1));
        }
        if (steps.size() > 1) {
            steps.add(new Step(null, whole));
        }
    }

    /** One slide per measure, so that each chart fills the screen: "Measures of priority 4, 1 of 2". */
    private void addMeasures(PlanData plan, Priority priority, String caption) {
        UUID priorityId = priority == null ? null : priority.id();
        List<UUID> measures = plan.measures().stream().filter(m -> java.util.Objects.equals(m.priorityId(), priorityId))
                .map(org.jointplan.domain.Measure::id).toList();
        for (int k = 0; k < measures.size(); k++) {
            steps.add(new Step(priority, caption + (measures.size() == 1 ? "" : ", " + (k + 1) + " of "
                    + measures.size()), false, measures.get(k)));
        }
    }

    int index() {
        return index;
    }

    int count() {
        return steps.size();
    }

    Step current() {
        return steps.get(index);
    }

    boolean next() {
        return moveTo(index + 1);
    }

    boolean previous() {
        return moveTo(index - 1);
    }

    boolean moveTo(int i) {
        int clamped = Math.max(0, Math.min(steps.size() - 1, i));
        boolean moved = clamped != index;
        index = clamped;
        return moved;
    }

    /** Shows the current slide on the timeline: one priority's lane opened, or every lane as its summary. */
    void applyTo(TimelineView timeline) {
        Priority p = current().priority();
        timeline.getCollapsedPriorities().clear();
        if (p == null) {
            timeline.setPriorityFilter(null);
            timeline.getCollapsedPriorities().addAll(allPriorities);
        } else {
            UUID id = p.id();
            timeline.setPriorityFilter(q -> q.id().equals(id));
        }
        timeline.setVerticalOffset(0);
        timeline.setSelectedActionId(null);
    }
}
