package org.jointplan.chart;

import java.util.List;

/**
 * Where periods and values land: the plot area, the number of periods (each the centre of an equal band) and the
 * value range of the vertical axis with its ticks.
 */
public record ChartAxes(Box plot, int periods, double min, double max, List<Double> ticks) {
    public ChartAxes {
        ticks = List.copyOf(ticks);
    }

    /** The centre of a period's band. */
    public double xOf(int period) {
        return plot.x() + (period + 0.5) * band();
    }

    /** The width of one period's band. */
    public double band() {
        return plot.width() / Math.max(1, periods);
    }

    public double yOf(double value) {
        return plot.bottom() - (value - min) / (max - min) * plot.height();
    }
}
