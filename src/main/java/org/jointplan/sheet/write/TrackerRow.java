package org.jointplan.sheet.write;

import java.time.LocalDate;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;

/**
 * One action as the tracker writes it: each column's value, texts empty when there is none.
 *
 * @param ref        "2.3": the priority's order and the action's position in it, as the committee paper writes it
 * @param baselineDue null before the action is baselined
 * @param status     the status; its word is the plan's ({@link Tracker#key()})
 * @param milestones the action's milestones, one a line: "01/07/2024 Advice line live (achieved)"
 */
public record TrackerRow(String ref, String priority, String action, String description, String leadOrganisation,
                         String leadOfficer, LocalDate start, LocalDate due, LocalDate baselineDue, Status status,
                         int percentComplete, String direction, String statusReason, String correctiveAction,
                         String decisionNeeded, String milestones) {

    /** The cell's value as text (dates dd/mm/yyyy, percent "40%"), unguarded; the status in the given words. */
    public String text(TrackerColumn column, String statusWord) {
        return switch (column) {
            case REF -> ref;
            case PRIORITY -> priority;
            case ACTION -> action;
            case DESCRIPTION -> description;
            case LEAD_ORGANISATION -> leadOrganisation;
            case LEAD_OFFICER -> leadOfficer;
            case START -> date(start);
            case DUE -> date(due);
            case BASELINE_DUE -> date(baselineDue);
            case STATUS -> statusWord;
            case PERCENT_COMPLETE -> percentComplete + "%";
            case DIRECTION -> direction;
            case STATUS_REASON -> statusReason;
            case CORRECTIVE_ACTION -> correctiveAction;
            case DECISION_NEEDED -> decisionNeeded;
            case MILESTONES -> milestones;
        };
    }

    /** The column's date, or null for a column that holds none or a date not given. */
    public LocalDate date(TrackerColumn column) {
        return switch (column) {
            case START -> start;
            case DUE -> due;
            case BASELINE_DUE -> baselineDue;
            default -> null;
        };
    }

    private static String date(LocalDate date) {
        return date == null ? "" : UkDates.numeric(date);
    }
}
