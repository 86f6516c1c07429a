package org.jointplan.ui.model;

import java.time.LocalDate;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;

/**
 * What the views show, as one value that changes whenever any part does: the plan (frozen as at a recorded
 * snapshot), the day overdue is judged by, the report position there (null when none can be made: a date before the
 * first snapshot) and whether editing is off.
 */
public record Shown(PlanData plan, LocalDate date, ReportPosition position, boolean readOnly) {
}
