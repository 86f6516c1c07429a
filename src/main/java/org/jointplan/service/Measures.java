package org.jointplan.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.Ids;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.ValidationException;
import org.jointplan.domain.spc.Improvement;

/**
 * What a user does with measures, each as one {@link Change}: add, edit and delete a measure; record figures for
 * periods (typed, pasted or imported: all of them or none); rebase its SPC limits after a period.
 */
public final class Measures {
    private Measures() {
    }

    /** What to do when a figure is given for a period that already has one: never keep two. */
    public enum OnExisting { REPLACE, REFUSE }

    /**
     * Figures for one period as typed, pasted or imported. A null actual or trajectory leaves the stored one as it
     * is; a null note too.
     */
    public record Entry(MeasurePeriod period, Double actual, Double trajectory, String note) {
        public Entry {
            if (period == null) {
                throw new ValidationException("Each figure needs its period.");
            }
            if (actual == null && trajectory == null && note == null) {
                throw new ValidationException("Give a figure for " + period.label() + ".");
            }
            if ((actual != null && !Double.isFinite(actual)) || (trajectory != null && !Double.isFinite(trajectory))) {
                throw new ValidationException("The figure for " + period.label() + " must be a number.");
            }
        }

        public static Entry actual(MeasurePeriod period, double value, String note) {
            return new Entry(period, value, null, note);
        }
    }

    /** A new measure of the plan (or of one priority) with the defaults a user starts from. */
    public static Measure newMeasure(PlanData plan, UUID priorityId, String name, String unit, Improvement better,
                                     Frequency frequency, Double target) {
        if (priorityId != null && plan.priorities().stream().noneMatch(p -> p.id().equals(priorityId))) {
            throw new ValidationException("That priority is not in the plan.");
        }
        Measure.Builder measure = Measure.builder(Ids.newId(), plan.id(), name, Edits.UNSTAMPED).priorityId(priorityId)
                .unit(unit).better(better).frequency(frequency);
        if (target != null) {
            measure.targets(List.of(new Measure.Target(target, null)));
        }
        return measure.build();
    }

    public static Change add(PlanData plan, Measure measure) {
        if (plan.measures().stream().anyMatch(m -> m.name().equalsIgnoreCase(measure.name()))) {
            throw new ValidationException("The plan already has a measure called '" + measure.name() + "'.");
        }
        return Change.save("Add measure", measure);
    }

    /** Saves the edited measure; its frequency changes only while it has no figures, which would lose their periods. */
    public static Change edit(PlanData plan, Measure edited) {
        Measure before = measure(plan, edited.id());
        if (before.frequency() != edited.frequency() && !valuesOf(plan, edited.id()).isEmpty()) {
            throw new ValidationException("The frequency of a measure can change only before it has figures.");
        }
        if (!before.name().equalsIgnoreCase(edited.name()) && plan.measures().stream()
                .anyMatch(m -> !m.id().equals(edited.id()) && m.name().equalsIgnoreCase(edited.name()))) {
            throw new ValidationException("The plan already has a measure called '" + edited.name() + "'.");
        }
        return Change.save("Edit measure", edited);
    }

    public static Change delete(PlanData plan, UUID measureId) {
        Measure measure = measure(plan, measureId);
        List<Stamped> childrenFirst = new ArrayList<>(valuesOf(plan, measureId));
        childrenFirst.add(measure);
        return Change.remove("Delete measure", childrenFirst);
    }

    /**
     * Records figures for periods, all or none: an actual figure for a period that has not begun is refused (a
     * measure's history from before the plan is normal), as is one period given twice; a period that already has
     * figures is replaced or refused as {@code onExisting} says.
     */
    public static Change record(PlanData plan, UUID measureId, List<Entry> entries, LocalDate today,
                                OnExisting onExisting) {
        Measure measure = measure(plan, measureId);
        if (entries.isEmpty()) {
            throw new ValidationException("There are no figures to record.");
        }
        Map<LocalDate, MeasureValue> existing = new HashMap<>();
        valuesOf(plan, measureId).forEach(v -> existing.put(v.date(), v));
        Set<LocalDate> given = new HashSet<>();
        List<Stamped> saves = new ArrayList<>();
        for (Entry e : entries) {
            if (e.period().frequency() != measure.frequency()) {
                throw new ValidationException(measure.name() + " is reported " + measure.frequency().code()
                        + "; " + e.period().label() + " is not one of its periods.");
            }
            if (!given.add(e.period().start())) {
                throw new ValidationException("The figures give " + e.period().label() + " twice; give each period once.");
            }
            if (e.actual() != null && e.period().start().isAfter(today)) {
                throw new ValidationException("An actual figure for " + e.period().label()
                        + " cannot be recorded before the period begins.");
            }
            MeasureValue old = existing.get(e.period().start());
            if (old != null && onExisting == OnExisting.REFUSE && e.actual() != null && old.actual() != null
                    && !old.actual().equals(e.actual())) {
                throw new ValidationException(e.period().label() + " already has a figure ("
                        + measure.format(old.actual()) + "); replace it or leave it.");
            }
            saves.add(old == null
                    ? new MeasureValue(Ids.newId(), measureId, e.period().start(), e.actual(), e.trajectory(),
                            e.note(), Edits.UNSTAMPED)
                    : old.withFigures(e.actual() != null ? e.actual() : old.actual(),
                            e.trajectory() != null ? e.trajectory() : old.trajectory(),
                            e.note() != null ? e.note() : old.note()));
        }
        return new Change(entries.size() == 1 ? "Record " + entries.get(0).period().label()
                : "Record " + entries.size() + " figures", List.of(), saves);
    }

    /** Removes a period's figures. */
    public static Change removeValue(PlanData plan, UUID valueId) {
        MeasureValue value = plan.measureValues().stream().filter(v -> v.id().equals(valueId)).findFirst()
                .orElseThrow(() -> new ValidationException("That figure is no longer in the plan."));
        return Change.remove("Remove figure", List.of(value));
    }

    /** Computes the SPC limits afresh after the period (a service change), or stops doing so when it already does. */
    public static Change rebase(PlanData plan, UUID measureId, MeasurePeriod after, boolean rebased) {
        Measure measure = measure(plan, measureId);
        if (after.frequency() != measure.frequency()) {
            throw new ValidationException(after.label() + " is not one of the periods of " + measure.name() + ".");
        }
        List<LocalDate> points = new ArrayList<>(measure.rebaseAfter());
        points.remove(after.start());
        if (rebased) {
            points.add(after.start());
        }
        return Change.save(rebased ? "Rebase after " + after.label() : "Remove the rebase after " + after.label(),
                measure.toBuilder().rebaseAfter(points).build());
    }

    public static Measure measure(PlanData plan, UUID id) {
        return plan.measures().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new ValidationException("That measure is not in the plan."));
    }

    /** The measure's values, oldest period first. */
    public static List<MeasureValue> valuesOf(PlanData plan, UUID measureId) {
        return plan.measureValues().stream().filter(v -> v.measureId().equals(measureId))
                .sorted(Comparator.comparing(MeasureValue::date)).toList();
    }
}
