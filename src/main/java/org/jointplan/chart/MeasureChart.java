package org.jointplan.chart;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jointplan.domain.spc.PointType;
import org.jointplan.domain.spc.SpcPoint;
import org.jointplan.domain.spc.SpcResult;

/**
 * Lays a measure's chart out in a box as primitives that every surface paints alike (window, presentation, PNG, SVG,
 * PDF). From the top: title, summary in words, the SPC icons with their words and any warning, the plot, the key.
 * When the box is too small at the asked text size, the text shrinks (to {@link TypeScale#SMALLEST}), then the key
 * and the summary are left out; nothing is ever drawn outside the box and no two texts overlap.
 */
public final class MeasureChart {
    public static final double MIN_WIDTH = 120;
    public static final double MIN_HEIGHT = 80;
    private static final String TOO_SMALL = "Make the chart larger to see it";

    private MeasureChart() {
    }

    /**
     * @param series the chart's numbers; in SPC mode without an SPC result, it is worked out here
     * @param width  the box's width in layout units (pixels on screen, points in print)
     */
    public static ChartLayout layout(ChartSeries series, ChartMode mode, double width, double height,
                                     TypeScale scale) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(mode, "mode");
        if (!(width >= MIN_WIDTH) || !(height >= MIN_HEIGHT) || width > 100_000 || height > 100_000) {
            throw new IllegalArgumentException("A chart needs a box of at least 120 by 80 units.");
        }
        ChartSeries s = mode == ChartMode.SPC && series.spc() == null ? series.withSpc() : series;
        SpcResult spc = mode == ChartMode.SPC ? s.spc() : null;
        String description = ChartWords.description(s, mode, spc);
        for (double t = scale.text(); ; t = Math.max(TypeScale.SMALLEST, t * 0.85)) {
            boolean smallest = t == TypeScale.SMALLEST;
            for (int leftOut = 0; leftOut <= (smallest ? 2 : 0); leftOut++) {
                ChartLayout laid = attempt(s, mode, spc, width, height, t, leftOut < 1, leftOut < 2, description);
                if (laid != null) {
                    return laid;
                }
            }
            if (smallest) {
                return tooSmall(s, width, height, description);
            }
        }
    }

    private static ChartLayout attempt(ChartSeries s, ChartMode mode, SpcResult spc, double width, double height,
                                       double t, boolean withLegend, boolean withSummary, String description) {
        DrawingList out = new DrawingList();
        Box box = new Box(0, 0, width, height);
        out.add(new Drawing.Rect(Role.BACKGROUND, box, ChartPalette.BACKGROUND, null));
        double pad = 0.75 * t;
        double room = width - 2 * pad;
        double top = ChartHeader.lay(out, s, spc, pad, pad, room, t, withSummary) + 0.4 * t;
        ChartLegend legend = withLegend ? new ChartLegend(legend(s, mode, spc, t), t, room) : null;
        double footer = legend == null ? 0 : legend.height() + 0.8 * t;
        Box region = new Box(pad, top, room, height - pad - footer - top);
        if (region.height() <= 0) {
            return null;
        }
        ChartAxes axes = PlotLayout.lay(out, s, mode, spc, region, t);
        if (axes == null) {
            return null;
        }
        if (legend != null) {
            legend.paint(out, pad, height - pad - legend.height());
        }
        if (out.drawings().stream().anyMatch(d -> !d.bounds().within(box))) {
            return null;
        }
        return new ChartLayout(width, height, out.drawings(), s.title(), description, axes, t);
    }

    private static ChartLayout tooSmall(ChartSeries s, double width, double height, String description) {
        DrawingList out = new DrawingList();
        Box box = new Box(0, 0, width, height);
        out.add(new Drawing.Rect(Role.BACKGROUND, box, ChartPalette.BACKGROUND, null));
        double t = TypeScale.SMALLEST;
        out.add(new Drawing.Text(Role.MESSAGE, width / 2, height / 2, TextMetrics.fit(TOO_SMALL, t, false, width - t),
                t, false, Drawing.Anchor.MIDDLE, ChartPalette.MUTED_TEXT));
        return new ChartLayout(width, height, out.drawings(), s.title(), description,
                new ChartAxes(box, s.periods().size(), 0, 1, List.of()), t);
    }

    /** The key: only what the chart shows, each in words beside its sample. */
    private static List<ChartLegend.Item> legend(ChartSeries s, ChartMode mode, SpcResult spc, double t) {
        List<ChartLegend.Item> items = new ArrayList<>();
        if (spc == null && s.hasValues()) {
            items.add(ChartLegend.Item.lineAndMarker("Actual", ChartStrokes.values(mode, t), Drawing.Shape.CIRCLE,
                    ChartPalette.VALUES));
        }
        if (spc != null) {
            Set<PointType> types = EnumSet.of(PointType.COMMON_CAUSE);
            spc.points().stream().map(SpcPoint::type).forEach(types::add);
            for (PointType type : types) {
                ChartColour c = ChartPalette.pointColour(type);
                items.add(ChartLegend.Item.marker(type.label(), ChartStrokes.shapeOf(type), c,
                        ChartStrokes.outline(c, t)));
            }
            items.add(ChartLegend.Item.line("Mean", ChartStrokes.mean(t)));
            if (spc.periods().stream().anyMatch(p -> p.upperLimit() != null)) {
                items.add(ChartLegend.Item.line("Process limits", ChartStrokes.limit(t)));
            }
        }
        if (s.targets().stream().anyMatch(Objects::nonNull)) {
            items.add(ChartLegend.Item.line("Target", ChartStrokes.target(t)));
        }
        if (s.trajectory().stream().anyMatch(Objects::nonNull)) {
            items.add(ChartLegend.Item.line("Trajectory", ChartStrokes.trajectory(t)));
        }
        if (spc != null && spc.periods().size() > 1) {
            items.add(ChartLegend.Item.rule("Rebased (limits recalculated)", ChartStrokes.rebase(t)));
        }
        if (s.actuals().stream().anyMatch(v -> v != null && s.suppressed(v))) {
            ChartColour c = spc == null ? ChartPalette.VALUES : ChartPalette.COMMON_CAUSE;
            items.add(ChartLegend.Item.marker("< " + ChartWords.threshold(s) + ": small number, not published",
                    Drawing.Shape.CIRCLE, null, ChartStrokes.outline(c, 1.6 * t)));
        }
        return items;
    }
}
