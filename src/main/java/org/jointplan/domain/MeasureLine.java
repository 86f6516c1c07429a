package org.jointplan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One measure in words, as the Measures view and the committee report list it, every column in words: the latest figure as published (small numbers as
 * "&lt; 5") with its period, the target in force, the trajectory, the status and the direction since the previous
 * report (each a symbol and words, never a colour alone), and the SPC icons' words.
 */
public record MeasureLine(Measure measure, MeasureProgress progress, String name, String priority, String latest,
                          String target, String trajectory, String status, String direction, String variation,
                          String assurance) {

    /**
     * @param position the report as at the date, which gives the measure's progress and its direction against the
     *                 previous snapshot's figure; null when there is none (a date before the first snapshot)
     */
    public static MeasureLine of(Measure m, PlanData plan, LocalDate asAt, ReportPosition position) {
        return of(m, plan, plan.measureValues(), asAt, position);
    }

    /** @param values the measure's values (the plan's others may be among them, and are ignored) */
    public static MeasureLine of(Measure m, PlanData plan, List<MeasureValue> values, LocalDate asAt,
                                 ReportPosition position) {
        // the report's own reading where there is one (as at a frozen snapshot, at its date), so the tab and the
        // committee report agree; before the first snapshot there is nothing to compare with
        MeasureProgress p = position == null ? MeasureProgress.of(m, values, asAt, null)
                : position.measure(m.id()).orElseGet(() -> MeasureProgress.of(m, values, asAt, null));
        String priority = m.priorityId() == null ? "Whole plan" : plan.priority(m.priorityId())
                .map(x -> x.order() + ". " + x.shortName()).orElse("Whole plan");
        String latest = p.latest() == null ? "No figures yet"
                : m.published(p.latest().actual()) + " (" + p.latestPeriod().label() + ")";
        Double targetValue = p.latest() != null ? p.target()
                : m.finalTarget() == null ? null : m.finalTarget().value();
        String variation = p.spc() == null ? "" : p.spc().variation().label();
        String assurance = p.spc() == null || p.spc().assurance() == null ? "" : p.spc().assurance().label();
        return new MeasureLine(m, p, m.name(), priority, latest, figure(m, targetValue), figure(m, p.trajectory()),
                p.status().describe(), p.direction() == null ? "" : p.direction().describe(), variation, assurance);
    }

    /** The SPC icons in words, in one column: each column of the table costs the view's opening time. */
    public String spcWords() {
        return variation.isEmpty() ? "" : assurance.isEmpty() ? variation : variation + "; " + assurance;
    }

    private static String figure(Measure m, Double value) {
        return value == null ? "–" : m.format(value);
    }
}
