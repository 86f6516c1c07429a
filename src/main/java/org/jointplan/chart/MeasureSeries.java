package org.jointplan.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.MeasureValue;

/**
 * What a measure's chart shows as at a date: every period from its first figure to its last (a gap stays a gap, so
 * the axis is honest), actuals up to the date, the trajectory (ahead of the date too), the target in force in each
 * period, the rebases, and the SPC result the status was judged with. The window, the presentation, the command
 * line's pictures and the committee report all draw from this one series.
 */
public final class MeasureSeries {
    private MeasureSeries() {
    }

    /**
     * @param values the plan's measure values (others are ignored)
     * @return null when the measure has no figures to show: no actual as at the date and no trajectory
     */
    public static ChartSeries of(MeasureProgress progress, List<MeasureValue> values) {
        Measure m = progress.measure();
        Set<LocalDate> counted = new HashSet<>();
        progress.actuals().forEach(v -> counted.add(v.date()));
        Map<LocalDate, MeasureValue> byDate = new HashMap<>();
        values.stream().filter(v -> v.measureId().equals(m.id()))
                .filter(v -> v.trajectory() != null || counted.contains(v.date())) // later actuals stay unseen
                .forEach(v -> byDate.put(v.date(), v));
        if (byDate.isEmpty()) {
            return null;
        }
        LocalDate first = byDate.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = byDate.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        List<String> periods = new ArrayList<>();
        List<Double> actuals = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        List<Double> trajectory = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        for (MeasurePeriod p = m.period(first); !p.start().isAfter(last); p = p.next()) {
            MeasureValue v = byDate.get(p.start());
            periods.add(p.label());
            starts.add(p.start());
            actuals.add(v != null && counted.contains(p.start()) ? v.actual() : null);
            trajectory.add(v == null ? null : v.trajectory());
            targets.add(m.targetFor(p));
        }
        boolean anyTarget = targets.stream().anyMatch(Objects::nonNull);
        boolean anyTrajectory = trajectory.stream().anyMatch(Objects::nonNull);
        return new ChartSeries(m.name(), m.unit(), m.decimals(), periods, actuals, anyTarget ? targets : List.of(),
                anyTrajectory ? trajectory : List.of(), m.suppressBelow(), m.better(),
                rebaseAt(m, starts, actuals), progress.spc());
    }

    /** A rebase after a period starts the new limits at the first figure after it (as MeasureProgress counts). */
    private static Set<Integer> rebaseAt(Measure m, List<LocalDate> starts, List<Double> actuals) {
        Set<Integer> at = new HashSet<>();
        for (LocalDate after : m.rebaseAfter()) {
            boolean before = false;
            for (int i = 0; i < starts.size(); i++) {
                if (actuals.get(i) == null) {
                    continue;
                }
                if (!starts.get(i).isAfter(after)) {
                    before = true;
                } else {
                    if (before) {
                        at.add(i);
                    }
                    break;
                }
            }
        }
        return at;
    }
}
