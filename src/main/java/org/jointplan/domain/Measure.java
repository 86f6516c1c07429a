package org.jointplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jointplan.domain.spc.Improvement;

/**
 * A performance measure reported alongside the plan, e.g. "% of new EHC plans issued within 20 weeks", for one
 * priority or for the whole plan. Its values, each for one {@link MeasurePeriod}, are {@link MeasureValue}s.
 *
 * @param priorityId    the priority it belongs to, or null for the whole plan
 * @param decimals      how many decimal places its figures are shown with (0-4)
 * @param better        which way is better; {@link Improvement#NEUTRAL} when neither
 * @param baselineValue the value the plan started from, if known, as at {@code baselineDate}
 * @param targets       the targets, each a value to reach by a date; a later target replaces an earlier one
 * @param suppressBelow published figures below this are shown as "&lt; N" (small numbers), or null
 * @param description notes on the measure: its definition, caveats, where its figures come from in detail
 * @param rebaseAfter   the first days of the periods after which SPC limits are computed afresh (a service change)
 */
public record Measure(UUID id, UUID planId, UUID priorityId, String name, String unit, int decimals,
                      Improvement better, Frequency frequency, Double baselineValue, LocalDate baselineDate,
                      List<Target> targets, String source, Double suppressBelow, List<LocalDate> rebaseAfter,
                      String description, Stamp stamp) implements Stamped {
    public static final int MAX_DECIMALS = 4;

    public Measure {
        Ids.required(id, "The measure's id");
        Ids.required(planId, "The measure's plan");
        name = Text.requiredLine(name, "The measure's name");
        unit = Text.line(unit, "The measure's unit");
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new ValidationException("A measure is shown with 0 to " + MAX_DECIMALS + " decimal places.");
        }
        better = better == null ? Improvement.NEUTRAL : better;
        frequency = frequency == null ? Frequency.MONTHLY : frequency;
        requireNumber(baselineValue, "baseline");
        if ((baselineValue == null) != (baselineDate == null)) {
            throw new ValidationException("The baseline of " + name + " needs both its value and its date.");
        }
        PlausibleDates.require(baselineDate);
        targets = sortedTargets(targets, name);
        source = Text.line(source, "The measure's source");
        requireNumber(suppressBelow, "small-number threshold");
        if (suppressBelow != null && suppressBelow <= 0) {
            throw new ValidationException("The small-number threshold of " + name + " must be above zero.");
        }
        rebaseAfter = rebaseAfter == null ? List.of() : rebaseAfter.stream().sorted().distinct().toList();
        for (LocalDate period : rebaseAfter) {
            new MeasurePeriod(frequency, period);
        }
        description = Text.paragraph(description, "The measure's description");
        Objects.requireNonNull(stamp, "stamp");
    }

    /** A value to reach by a date; the date may be left open for a standing target. */
    public record Target(double value, LocalDate by) {
        public Target {
            if (!Double.isFinite(value)) {
                throw new ValidationException("A target must be a number.");
            }
            PlausibleDates.require(by);
        }
    }

    private static void requireNumber(Double value, String what) {
        if (value != null && !Double.isFinite(value)) {
            throw new ValidationException("The " + what + " of a measure must be a number.");
        }
    }

    private static List<Target> sortedTargets(List<Target> targets, String name) {
        if (targets == null) {
            return List.of();
        }
        List<Target> sorted = new ArrayList<>(targets);
        sorted.sort(Comparator.comparing(Target::by, Comparator.nullsLast(Comparator.naturalOrder())));
        if (sorted.stream().filter(t -> t.by() == null).count() > 1
                || new HashSet<>(sorted.stream().map(Target::by).toList()).size() < sorted.size()) {
            throw new ValidationException("Each target of " + name + " needs its own date.");
        }
        return List.copyOf(sorted);
    }

    /**
     * The target in force for a period: the first target due on or after the period ends, else the last one (a
     * target met stays the aim), else none.
     */
    public Double targetFor(MeasurePeriod period) {
        for (Target t : targets) {
            if (t.by() == null || !t.by().isBefore(period.end())) {
                return t.value();
            }
        }
        return targets.isEmpty() ? null : targets.get(targets.size() - 1).value();
    }

    /** The latest target (furthest in time), or null. */
    public Target finalTarget() {
        return targets.isEmpty() ? null : targets.get(targets.size() - 1);
    }

    public MeasurePeriod period(LocalDate start) {
        return new MeasurePeriod(frequency, start);
    }

    /** The figure with the measure's decimals and unit: "36.6%", "54 weeks". */
    public String format(double value) {
        String number = String.format(Locale.UK, "%,." + decimals + "f", value);
        if (unit.isEmpty()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** Whether a figure is below the small-number threshold, and so is published only as "&lt; N". */
    public boolean suppressed(double value) {
        return suppressBelow != null && value < suppressBelow;
    }

    /** The figure as published: "&lt; 5" below the small-number threshold, else {@link #format}. */
    public String published(double value) {
        if (suppressed(value)) {
            return "< " + String.format(Locale.UK, "%,." + decimals + "f", suppressBelow).replaceAll("\\.0+$", "");
        }
        return format(value);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public Measure withStamp(Stamp newStamp) {
        return toBuilder().stamp(newStamp).build();
    }

    /** A new measure of the plan with the defaults a user starts from: monthly, one decimal, higher is better. */
    public static Builder builder(UUID id, UUID planId, String name, Stamp stamp) {
        return new Builder(new Measure(id, planId, null, name, "", 1, Improvement.INCREASE, Frequency.MONTHLY, null,
                null, List.of(), "", null, List.of(), "", stamp));
    }

    public static final class Builder {
        private final UUID id;
        private final UUID planId;
        private UUID priorityId;
        private String name;
        private String unit;
        private int decimals;
        private Improvement better;
        private Frequency frequency;
        private Double baselineValue;
        private LocalDate baselineDate;
        private List<Target> targets;
        private String source;
        private Double suppressBelow;
        private List<LocalDate> rebaseAfter;
        private String description;
        private Stamp stamp;

        private Builder(Measure m) {
            id = m.id;
            planId = m.planId;
            priorityId = m.priorityId;
            name = m.name;
            unit = m.unit;
            decimals = m.decimals;
            better = m.better;
            frequency = m.frequency;
            baselineValue = m.baselineValue;
            baselineDate = m.baselineDate;
            targets = m.targets;
            source = m.source;
            suppressBelow = m.suppressBelow;
            rebaseAfter = m.rebaseAfter;
            description = m.description;
            stamp = m.stamp;
        }

        public Builder priorityId(UUID v) { priorityId = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder unit(String v) { unit = v; return this; }
        public Builder decimals(int v) { decimals = v; return this; }
        public Builder better(Improvement v) { better = v; return this; }
        public Builder frequency(Frequency v) { frequency = v; return this; }
        public Builder baseline(Double value, LocalDate date) { baselineValue = value; baselineDate = date; return this; }
        public Builder targets(List<Target> v) { targets = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder suppressBelow(Double v) { suppressBelow = v; return this; }
        public Builder rebaseAfter(List<LocalDate> v) { rebaseAfter = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder stamp(Stamp v) { stamp = v; return this; }

        public Measure build() {
            return new Measure(id, planId, priorityId, name, unit, decimals, better, frequency, baselineValue,
                    baselineDate, targets, source, suppressBelow, rebaseAfter, description, stamp);
        }
    }
}
