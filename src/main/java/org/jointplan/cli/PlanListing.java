package org.jointplan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.StatusSummary;
import org.jointplan.domain.UkDates;

/** The plan as plain lines, in a stable order: priorities by position, actions by start date, title and id. */
final class PlanListing {
    private PlanListing() {
    }

    static List<String> lines(PlanData data) {
        return lines(data, false, LocalDate.now());
    }

    /** @param archived marks the plan "(archived)" after its title */
    static List<String> lines(PlanData data, boolean archived) {
        return lines(data, archived, LocalDate.now());
    }

    static List<String> lines(PlanData data, boolean archived, LocalDate today) {
        List<String> lines = new ArrayList<>();
        var plan = data.plan();
        lines.add("Plan " + plan.title() + (archived ? " (archived)" : "") + " (" + plan.financialYear().label() + ", "
                + UkDates.numeric(plan.start()) + " to " + UkDates.numeric(plan.end()) + ")  id " + plan.id());
        lines.add("  Partners: " + String.join("; ", data.partners().stream().map(Partner::name).toList()));
        for (Priority priority : data.priorities()) {
            List<Action> actions = data.actionsOf(priority.id());
            lines.add("  " + priority.order() + ". " + priority.name() + (priority.retired() ? " (retired)" : "")
                    + " - " + StatusSummary.of(actions, today).describe());
            for (Action a : actions) {
                lines.add(String.format("     %s to %s  %-11s %3d%%  %-40s %s%s  id %s", UkDates.numeric(a.start()),
                        UkDates.numeric(a.due()), a.status().label(), a.percentComplete(), owner(a, data),
                        a.title(), a.isOverdue(today) ? " [OVERDUE]" : "", a.id()));
            }
        }
        return lines;
    }

    private static String owner(Action action, PlanData data) {
        UUID partner = action.leadPartnerId();
        String org = partner == null ? "" : data.partner(partner).map(p -> " (" + p.shortName() + ")").orElse("");
        return action.owner() + org;
    }
}
