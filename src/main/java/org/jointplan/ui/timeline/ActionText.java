package org.jointplan.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Direction;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.UkDates;

/**
 * The words the timeline shows about an action or a milestone: bar labels, tooltips and the accessible text. Private
 * notes ({@link Action#notes()}) are never part of them: the timeline is projected and exported.
 */
final class ActionText {
    private ActionText() {
    }

    /**
     * Beside a bar: "✓ On track · 60%", or "Overdue · ✕ Off track · 35%", in the plan's words; with the direction
     * of travel when a report gives a change ("✕ Off track · 35% · ↓ Worse"). "No change" is left to the table
     * and the lane: on every bar it would crowd the chart.
     */
    static String barLabel(Action a, LocalDate today, DateRange span, BragKey key, Direction direction) {
        boolean moved = direction != null && direction != Direction.NO_CHANGE;
        String status = a.status().symbol() + " " + key.label(a.status()) + " · " + a.percentComplete() + "%"
                + (moved ? " · " + direction.describe() : "");
        return isOverdue(a, span, today) ? "Overdue · " + status : status;
    }

    static boolean isOverdue(Action a, DateRange span, LocalDate today) {
        return a.percentComplete() < 100 && today != null && span.end().isBefore(today);
    }

    /** For screen readers: title, dates and status in one sentence, the status in the plan's words. */
    static String summary(Action a, BragKey key, LocalDate today) {
        return a.title() + ", " + UkDates.numeric(a.start()) + " to " + UkDates.numeric(a.due()) + ", "
                + key.label(a.status()) + ", " + a.percentComplete() + "% complete"
                + (today != null && a.isOverdue(today) ? ", overdue" : "");
    }

    /** The tooltip of a bar: title, owner and lead partner, dates in UK format, status, percent and reason. */
    static String tooltip(Action a, DateRange span, PlanData plan, LocalDate today) {
        List<String> lines = new ArrayList<>();
        lines.add(a.title());
        String partner = a.leadPartnerId() == null ? ""
                : plan.partner(a.leadPartnerId()).map(p -> p.name()).orElse("");
        String who = String.join(" · ", List.of(a.owner(), partner).stream().filter(s -> !s.isEmpty()).toList());
        if (!who.isEmpty()) {
            lines.add("Owner: " + who);
        }
        lines.add("Start " + UkDates.numeric(span.start()) + "  ·  Due " + UkDates.numeric(span.end()));
        if (!span.equals(a.span())) {
            lines.add("(moved, not saved yet: was " + UkDates.numeric(a.start()) + " to " + UkDates.numeric(a.due())
                    + ")");
        }
        lines.add(a.status().symbol() + " " + plan.plan().bragKey().label(a.status()) + " ("
                + a.status().bragColour() + ")  ·  "
                + a.percentComplete() + "% complete");
        if (isOverdue(a, span, today)) {
            long days = today.toEpochDay() - span.end().toEpochDay();
            lines.add("Overdue by " + days + (days == 1 ? " day" : " days"));
        }
        if (!a.statusReason().isEmpty()) {
            lines.add("Reason: " + a.statusReason());
        }
        return String.join("\n", lines);
    }

    /** The tooltip of a milestone: title, date, whether achieved, and a slip from its baseline with the reason. */
    static String tooltip(Milestone m, LocalDate date, LocalDate today) {
        List<String> lines = new ArrayList<>();
        lines.add("◆ " + m.title());
        lines.add((m.achieved() ? "Achieved · " : "Due ") + UkDates.prose(date));
        if (date.isAfter(m.baselineDate())) {
            lines.add("Slipped from " + UkDates.prose(m.baselineDate()));
            if (!m.revisionReason().isEmpty()) {
                lines.add("Why: " + m.revisionReason());
            }
        }
        if (!m.achieved() && today != null && date.isBefore(today)) {
            lines.add("Not yet achieved: date passed");
        }
        return String.join("\n", lines);
    }
}
