package org.jointplan.sheet.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ActionLine;
import org.jointplan.domain.UkDates;

/**
 * A plan as a tracker, format-free: its title, the date it is as at, its BRAG key and, priority by priority in the
 * plan's order, a row for each action as the position has it (a recorded position: as recorded). The .xlsx and CSV
 * writers both write this one model, so their columns cannot drift apart.
 *
 * @param recordedAt the date of the recorded position shown, when the position is a snapshot's; else null
 */
public record Tracker(String title, LocalDate asAt, LocalDate recordedAt, BragKey key, List<Section> sections) {

    /** A priority and its actions' rows. */
    public record Section(int order, String name, String shortName, List<TrackerRow> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    public Tracker {
        sections = List.copyOf(sections);
    }

    public static Tracker of(ReportPosition position) {
        PlanData plan = position.plan();
        Map<UUID, List<Milestone>> milestones = new HashMap<>();
        plan.milestones().stream().filter(m -> m.actionId() != null)
                .forEach(m -> milestones.computeIfAbsent(m.actionId(), k -> new ArrayList<>()).add(m));
        List<Priority> priorities = new ArrayList<>(plan.priorities());
        priorities.sort(Comparator.comparingInt(Priority::order));
        List<Section> sections = new ArrayList<>();
        for (Priority priority : priorities) {
            List<Action> actions = plan.actionsOf(priority.id());
            List<TrackerRow> rows = new ArrayList<>(actions.size());
            for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                ActionLine line = position.action(action.id()).orElse(null);
                if (line != null) {
                    rows.add(row(priority.order() + "." + (i + 1), priority, action, line, plan,
                            milestones.getOrDefault(action.id(), List.of())));
                }
            }
            sections.add(new Section(priority.order(), priority.name(), priority.shortName(), rows));
        }
        return new Tracker(plan.plan().title(), position.asAt(),
                position.frozen().map(s -> s.asAt()).orElse(null), position.key(), sections);
    }

    private static TrackerRow row(String ref, Priority priority, Action action, ActionLine line, PlanData plan,
                                  List<Milestone> milestones) {
        String lead = action.leadPartnerId() == null ? ""
                : plan.partner(action.leadPartnerId()).map(Partner::name).orElse("");
        return new TrackerRow(ref, priority.name(), line.title(), action.description(), lead, action.owner(),
                line.start(), line.due(), line.baselineDue(), line.status(), line.percentComplete(),
                line.direction() == null ? "" : line.direction().describe(), line.statusReason(),
                line.correctiveAction(), line.decisionNeeded(), milestones(milestones));
    }

    /** One a line, in date order: "01/07/2024 Advice line live (achieved)". */
    private static String milestones(List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return "";
        }
        List<Milestone> sorted = new ArrayList<>(milestones);
        sorted.sort(Comparator.comparing(Milestone::date).thenComparing(Milestone::title));
        StringBuilder text = new StringBuilder();
        for (Milestone m : sorted) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(UkDates.numeric(m.date())).append(' ').append(m.title()).append(m.achieved() ? " (achieved)"
                    : "");
        }
        return text.toString();
    }

    /** Every row, priority by priority. */
    public List<TrackerRow> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }

    /** "As at 30/09/2024", and which recorded position that is when it is an earlier one. */
    public String asAtLine() {
        String line = "As at " + UkDates.numeric(asAt);
        return recordedAt == null || recordedAt.equals(asAt) ? line
                : line + " (the position recorded as at " + UkDates.numeric(recordedAt) + ")";
    }
}
