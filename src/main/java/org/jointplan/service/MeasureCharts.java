package org.jointplan.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jointplan.chart.ChartFiles;
import org.jointplan.chart.ChartMode;
import org.jointplan.chart.ChartSeries;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;

/**
 * A measure's chart: its figures as the chart package's {@link ChartSeries}, and the chart written to a PNG or SVG
 * file. The SPC points are those of {@link MeasureProgress}, so a chart and {@code measure spc} always agree.
 */
public final class MeasureCharts {
    private MeasureCharts() {
    }

    /** Refuses a file name that is not a .png or .svg picture, before anything is opened. */
    public static void requirePictureName(Path file) {
        try {
            ChartFiles.formatOf(file);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    /**
     * Every period from the first with a figure to the last (an actual as at the date, or a planned trajectory),
     * with the target in force in each, the rebases and, from {@link MeasureProgress}, the SPC result.
     */
    public static ChartSeries series(PlanData plan, UUID measureId, LocalDate asAt) {
        MeasureProgress progress = MeasureReports.progress(plan, measureId, asAt);
        Measure m = progress.measure();
        Map<LocalDate, MeasureValue> byStart = new TreeMap<>();
        for (MeasureValue v : Measures.valuesOf(plan, measureId)) {
            if (v.trajectory() != null || (v.actual() != null && !v.date().isAfter(asAt))) {
                byStart.put(v.date(), v);
            }
        }
        List<String> labels = new ArrayList<>();
        List<Double> actuals = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        List<Double> trajectory = new ArrayList<>();
        Set<Integer> rebaseAt = new HashSet<>();
        Set<LocalDate> rebaseAfter = new HashSet<>(m.rebaseAfter());
        if (!byStart.isEmpty()) {
            LocalDate last = ((TreeMap<LocalDate, MeasureValue>) byStart).lastKey();
            for (MeasurePeriod p = m.period(byStart.keySet().iterator().next()); !p.start().isAfter(last);
                    p = p.next()) {
                MeasureValue v = byStart.get(p.start());
                if (!labels.isEmpty() && rebaseAfter.contains(p.start().minusMonths(m.frequency().months()))) {
                    rebaseAt.add(labels.size());
                }
                labels.add(p.label());
                actuals.add(v == null || v.date().isAfter(asAt) ? null : v.actual());
                trajectory.add(v == null ? null : v.trajectory());
                targets.add(m.targetFor(p));
            }
        }
        boolean anyTarget = targets.stream().anyMatch(t -> t != null);
        return new ChartSeries(m.name(), m.unit(), m.decimals(), labels, actuals, anyTarget ? targets : List.of(),
                trajectory, m.suppressBelow(), m.better(), rebaseAt, progress.spc());
    }

    /** Writes the chart, a line chart or an SPC chart, to a .png or .svg file, whole or not at all. */
    public static void write(PlanData plan, UUID measureId, LocalDate asAt, boolean spc, Path file) {
        requirePictureName(file);
        ChartSeries series = series(plan, measureId, asAt);
        if (!series.hasValues()) {
            throw new ValidationException("'" + series.title() + "' has no figures yet, so there is nothing to chart;"
                    + " record them first.");
        }
        try {
            ChartFiles.write(series, spc ? ChartMode.SPC : ChartMode.LINE, file); // at the committee paper's size
        } catch (IOException e) {
            throw new ValidationException(e.getMessage() != null && e.getMessage().endsWith(".")
                    ? e.getMessage() : "The chart could not be written to " + file + ".");
        }
    }
}
