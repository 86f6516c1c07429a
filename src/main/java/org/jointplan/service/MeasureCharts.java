package org.jointplan.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jointplan.chart.ChartFiles;
import org.jointplan.chart.ChartMode;
import org.jointplan.chart.ChartSeries;
import org.jointplan.chart.MeasureSeries;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureProgress;
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

    /** The measure's chart series as at the date (see {@link MeasureSeries}), empty when it has no figures. */
    public static ChartSeries series(PlanData plan, UUID measureId, LocalDate asAt) {
        MeasureProgress progress = MeasureReports.progress(plan, measureId, asAt);
        ChartSeries series = MeasureSeries.of(progress, plan.measureValues());
        Measure m = progress.measure();
        return series != null ? series : ChartSeries.of(m.name(), m.unit(), m.decimals(), List.of(), List.of());
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
