package org.jointplan.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jointplan.domain.spc.SpcPeriod;
import org.jointplan.domain.spc.SpcPoint;
import org.jointplan.domain.spc.SpcResult;

/**
 * The plot: value axis with round ticks and the unit, period labels thinned until none overlap, then the target
 * (a dashed step line), trajectory (dotted), and the values; in SPC mode the mean and process limits of each period
 * between rebases, a rule at each rebase, and points coloured and shaped by their classification. A suppressed
 * value is a hollow point at the threshold, labelled "&lt; N" where the label has room.
 */
final class PlotLayout {
    private final DrawingList out;
    private final ChartSeries s;
    private final ChartMode mode;
    private final SpcResult spc;
    private final double t;
    private final int[] at;
    private ChartAxes axes;

    private PlotLayout(DrawingList out, ChartSeries s, ChartMode mode, SpcResult spc, double t) {
        this.out = out;
        this.s = s;
        this.mode = mode;
        this.spc = spc;
        this.t = t;
        this.at = s.pointPeriods();
    }

    /** Lays the plot out in the region; null when the region is too small for it at this text size. */
    static ChartAxes lay(DrawingList out, ChartSeries s, ChartMode mode, SpcResult spc, Box region, double t) {
        PlotLayout plot = new PlotLayout(out, s, mode, spc, t);
        return plot.axes(region) ? plot.draw(region) : null;
    }

    private boolean axes(Box region) {
        double unitLine = s.unit().isEmpty() ? 0 : TextMetrics.lineSpacing(t);
        double top = region.y() + unitLine + 0.6 * t;
        double bottom = region.bottom() - TextMetrics.lineHeight(t) - 0.75 * t;
        if (bottom - top < 2.5 * t) {
            return false;
        }
        double[] range = range();
        NiceScale scale = range == null ? null
                : NiceScale.of(range[0], range[1], bottom - top, 1.6 * TextMetrics.lineHeight(t),
                        Math.pow(10, -s.decimals()));
        double labels = 0;
        if (scale != null) {
            for (double tick : scale.ticks()) {
                labels = Math.max(labels, TextMetrics.width(tickLabel(tick, scale.step()), t, false));
            }
        }
        double left = region.x() + labels + 0.5 * t;
        double right = region.right() - 0.2 * t;
        if (right - left < 3 * t) {
            return false;
        }
        Box plot = new Box(left, top, right - left, bottom - top);
        axes = scale == null ? new ChartAxes(plot, s.periods().size(), 0, 1, List.of())
                : new ChartAxes(plot, s.periods().size(), scale.min(), scale.max(), scale.ticks());
        if (!s.unit().isEmpty()) {
            out.add(new Drawing.Text(Role.UNIT, region.x(), region.y() + TextMetrics.ascent(t),
                    TextMetrics.fit(s.unit(), t, false, region.width()), t, false, Drawing.Anchor.START,
                    ChartPalette.MUTED_TEXT));
        }
        if (scale != null) {
            for (double tick : scale.ticks()) {
                double y = axes.yOf(tick);
                out.add(new Drawing.Line(Role.GRID, left, y, right, y, Stroke.solid(ChartPalette.GRID, 0.08 * t)));
                out.add(new Drawing.Text(Role.TICK_LABEL, left - 0.4 * t, y + 0.35 * t, tickLabel(tick, scale.step()),
                        t, false, Drawing.Anchor.END, ChartPalette.MUTED_TEXT));
            }
        }
        return true;
    }

    private String tickLabel(double tick, double step) {
        return ValueFormat.number(tick, Math.min(6, ValueFormat.decimalsOf(step)));
    }

    /** The lowest and highest value drawn, or null when nothing numeric is. */
    private double[] range() {
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < s.periods().size(); i++) {
            Double v = s.actuals().get(i);
            if (v != null) {
                all.add(shown(v));
            }
            all.add(s.targets().get(i));
            all.add(s.trajectory().get(i));
        }
        if (mode == ChartMode.SPC && spc != null) {
            for (SpcPeriod p : spc.periods()) {
                all.add(p.mean());
                all.add(p.lowerLimit());
                all.add(p.upperLimit());
            }
        }
        double[] r = all.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
        return r.length == 0 ? null : new double[] {r[0], r[r.length - 1]};
    }

    private double shown(double v) {
        return s.suppressed(v) ? s.suppressBelow() : v;
    }

    private ChartAxes draw(Box region) {
        Box plot = axes.plot();
        Stroke axis = Stroke.solid(ChartPalette.AXIS, 0.1 * t);
        out.add(new Drawing.Line(Role.AXIS, plot.x(), plot.y(), plot.x(), plot.bottom(), axis));
        out.add(new Drawing.Line(Role.AXIS, plot.x(), plot.bottom(), plot.right(), plot.bottom(), axis));
        periodLabels(region);
        if (mode == ChartMode.SPC && spc != null) {
            spcLines();
        }
        stepLine(s.targets(), Role.TARGET, ChartStrokes.target(t));
        trajectory();
        valueLines();
        points();
        if (!s.hasValues()) {
            double size = 1.2 * t;
            Drawing.Text message = new Drawing.Text(Role.MESSAGE, plot.x() + plot.width() / 2,
                    plot.y() + plot.height() / 2 + 0.4 * size, TextMetrics.fit(ChartWords.NO_VALUES, size, true,
                    plot.width() - t), size, true, Drawing.Anchor.MIDDLE, ChartPalette.MUTED_TEXT);
            Box behind = message.bounds().grown(0.4 * t);
            out.add(new Drawing.Rect(Role.MESSAGE, behind, ChartPalette.BACKGROUND, null)); // over the target line
            out.add(message);
        }
        return axes;
    }

    /** Every k-th period label, counted back from the latest, with the least k at which none overlap. */
    private void periodLabels(Box region) {
        int n = s.periods().size();
        double top = axes.plot().bottom() + 0.75 * t;
        double baseline = top + TextMetrics.ascent(t);
        for (int k = 1; k <= Math.max(1, n); k++) {
            List<Drawing.Text> labels = new ArrayList<>();
            boolean fits = true;
            Box previous = null;
            for (int i = n - 1; i >= 0 && fits; i -= k) {
                Drawing.Text label = periodLabel(i, baseline, region);
                Box b = label.bounds();
                fits = (previous == null || b.right() + 0.8 * t <= previous.x()) && out.free(b, 0.1 * t);
                previous = b;
                labels.add(label);
            }
            if (fits || k >= n) {
                labels.forEach(out::add);
                for (int i = n - 1; i >= 0; i -= k) {
                    double x = axes.xOf(i);
                    out.add(new Drawing.Line(Role.AXIS, x, axes.plot().bottom(), x, axes.plot().bottom() + 0.35 * t,
                            Stroke.solid(ChartPalette.AXIS, 0.1 * t)));
                }
                return;
            }
        }
    }

    private Drawing.Text periodLabel(int i, double baseline, Box region) {
        String text = TextMetrics.fit(s.periods().get(i), t, false, region.width());
        double w = TextMetrics.width(text, t, false);
        double x = axes.xOf(i);
        if (x - w / 2 < region.x()) {
            return new Drawing.Text(Role.PERIOD_LABEL, region.x(), baseline, text, t, false, Drawing.Anchor.START,
                    ChartPalette.TEXT);
        }
        if (x + w / 2 > region.right()) {
            return new Drawing.Text(Role.PERIOD_LABEL, region.right(), baseline, text, t, false, Drawing.Anchor.END,
                    ChartPalette.TEXT);
        }
        return new Drawing.Text(Role.PERIOD_LABEL, x, baseline, text, t, false, Drawing.Anchor.MIDDLE,
                ChartPalette.TEXT);
    }

    /** Each period's mean and limits across its points' bands, and a rule where a rebase starts a period. */
    private void spcLines() {
        double half = axes.band() / 2;
        for (int p = 0; p < spc.periods().size(); p++) {
            SpcPeriod period = spc.periods().get(p);
            double from = axes.xOf(at[period.first()]) - half;
            double to = axes.xOf(at[period.last()]) + half;
            if (period.lowerLimit() != null && period.upperLimit() != null) {
                for (double limit : new double[] {period.lowerLimit(), period.upperLimit()}) {
                    out.add(new Drawing.Line(Role.LIMIT, from, axes.yOf(limit), to, axes.yOf(limit),
                            ChartStrokes.limit(t)));
                }
            }
            out.add(new Drawing.Line(Role.MEAN, from, axes.yOf(period.mean()), to, axes.yOf(period.mean()),
                    ChartStrokes.mean(t)));
            if (p > 0) {
                out.add(new Drawing.Line(Role.REBASE, from, axes.plot().y(), from, axes.plot().bottom(),
                        ChartStrokes.rebase(t)));
            }
        }
    }

    /** A target per period as a step: level across each period's band, stepping at the band's edge. */
    private void stepLine(List<Double> perPeriod, Role role, Stroke stroke) {
        double half = axes.band() / 2;
        List<Double> xy = new ArrayList<>();
        for (int i = 0; i <= perPeriod.size(); i++) {
            Double v = i < perPeriod.size() ? perPeriod.get(i) : null;
            if (v == null) {
                if (!xy.isEmpty()) {
                    out.add(new Drawing.Polyline(role, xy, stroke));
                    xy = new ArrayList<>();
                }
                continue;
            }
            double y = axes.yOf(v);
            xy.addAll(List.of(axes.xOf(i) - half, y, axes.xOf(i) + half, y));
        }
    }

    /** The planned figures joined across periods without one: a plan of 59 in July and 50 in December is one path. */
    private void trajectory() {
        List<Integer> planned = new ArrayList<>();
        for (int i = 0; i < s.trajectory().size(); i++) {
            if (s.trajectory().get(i) != null) {
                planned.add(i);
            }
        }
        for (List<Integer> run : planned.isEmpty() ? List.<List<Integer>>of() : List.of(planned)) {
            List<Double> xy = new ArrayList<>();
            for (int i : run) {
                xy.add(axes.xOf(i));
                xy.add(axes.yOf(s.trajectory().get(i)));
            }
            if (run.size() == 1) {
                double q = axes.band() * 0.3;
                xy = List.of(xy.get(0) - q, xy.get(1), xy.get(0) + q, xy.get(1));
            }
            out.add(new Drawing.Polyline(Role.TRAJECTORY, xy, ChartStrokes.trajectory(t)));
        }
    }

    /** The values joined in order, across periods without one, broken only at a rebase. */
    private void valueLines() {
        List<Double> joined = s.actuals().stream().filter(java.util.Objects::nonNull).toList();
        Set<Integer> breaks = new TreeSet<>();
        for (int k = 1; k < at.length; k++) {
            int previous = at[k - 1];
            int here = at[k];
            if (rebaseStarts().stream().anyMatch(r -> r > previous && r <= here)) {
                breaks.add(k);
            }
        }
        for (List<Integer> points : runs(joined, breaks)) {
            List<Integer> run = points.stream().map(k -> at[k]).toList();
            if (run.size() < 2) {
                continue;
            }
            List<Double> xy = new ArrayList<>();
            for (int i : run) {
                xy.add(axes.xOf(i));
                xy.add(axes.yOf(shown(s.actuals().get(i))));
            }
            out.add(new Drawing.Polyline(Role.VALUE_LINE, xy, ChartStrokes.values(mode, t)));
        }
    }

    /** The periods that start an SPC period after a rebase (none in a line chart): the value line breaks there. */
    private Set<Integer> rebaseStarts() {
        Set<Integer> starts = new TreeSet<>();
        if (mode == ChartMode.SPC && spc != null) {
            spc.periods().stream().skip(1).forEach(p -> starts.add(at[p.first()]));
        }
        return starts;
    }

    /** Runs of consecutive periods with a value, broken where a value is missing and at the given periods. */
    private static List<List<Integer>> runs(List<Double> values, Set<Integer> breaks) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || breaks.contains(i)) {
                if (!run.isEmpty()) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            }
            if (values.get(i) != null) {
                run.add(i);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private void points() {
        boolean spcPoints = mode == ChartMode.SPC && spc != null;
        double size = Math.min((spcPoints ? 0.75 : 0.6) * t, Math.max(0.35 * t, 0.8 * axes.band()));
        List<Drawing.Marker> hollow = new ArrayList<>();
        for (int k = 0; k < at.length; k++) {
            int i = at[k];
            double v = s.actuals().get(i);
            SpcPoint point = spcPoints ? spc.points().get(k) : null;
            ChartColour colour = point == null ? ChartPalette.VALUES : ChartPalette.pointColour(point.type());
            Drawing.Shape shape = point == null ? Drawing.Shape.CIRCLE : ChartStrokes.shapeOf(point.type());
            String tip = s.periods().get(i) + ": " + ChartWords.value(s, v)
                    + (point == null ? "" : " (" + point.type().label() + ")");
            boolean suppressed = s.suppressed(v);
            Drawing.Marker m = new Drawing.Marker(Role.POINT, axes.xOf(i), axes.yOf(shown(v)), size,
                    suppressed ? Drawing.Shape.CIRCLE : shape, suppressed ? null : colour,
                    ChartStrokes.outline(colour, suppressed ? 1.6 * t : t), tip);
            out.add(m);
            if (suppressed) {
                hollow.add(m);
            }
        }
        double size2 = 0.85 * t;
        for (Drawing.Marker m : hollow) {
            String words = "< " + ChartWords.threshold(s);
            for (double baseline : new double[] {m.y() - m.size() / 2 - 0.35 * t,
                    m.y() + m.size() / 2 + 0.35 * t + TextMetrics.ascent(size2)}) {
                Drawing.Text label = new Drawing.Text(Role.SUPPRESSED_LABEL, m.x(), baseline, words, size2, false,
                        Drawing.Anchor.MIDDLE, ChartPalette.TEXT);
                if (label.bounds().within(axes.plot()) && out.free(label.bounds(), 0.1 * t)) {
                    out.add(label);
                    break;
                }
            }
        }
    }
}
