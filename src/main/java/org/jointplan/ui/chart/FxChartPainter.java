package org.jointplan.ui.chart;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.ChartPalette;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Stroke;

/** Paints a laid-out measure chart on a JavaFX canvas, primitive by primitive, as the PNG and SVG painters do. */
public final class FxChartPainter {
    private static final String FAMILY = "SansSerif";

    private FxChartPainter() {
    }

    /** Paints the chart with its top left at the context's origin. */
    public static void paint(GraphicsContext gc, ChartLayout chart) {
        gc.save();
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (Drawing d : chart.drawings()) {
            if (d instanceof Drawing.Line l) {
                stroke(gc, l.stroke());
                gc.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
            } else if (d instanceof Drawing.Polyline p) {
                stroke(gc, p.stroke());
                gc.strokePolyline(xs(p.xy()), ys(p.xy()), p.size());
            } else if (d instanceof Drawing.Polygon p) {
                gc.setFill(colour(p.fill()));
                gc.fillPolygon(xs(p.xy()), ys(p.xy()), p.xy().size() / 2);
            } else if (d instanceof Drawing.Rect r) {
                if (r.fill() != null) {
                    gc.setFill(colour(r.fill()));
                    gc.fillRect(r.box().x(), r.box().y(), r.box().width(), r.box().height());
                }
                if (r.outline() != null) {
                    stroke(gc, r.outline());
                    gc.strokeRect(r.box().x(), r.box().y(), r.box().width(), r.box().height());
                }
            } else if (d instanceof Drawing.Marker m) {
                marker(gc, m);
            } else if (d instanceof Drawing.Text t) {
                text(gc, t);
            }
        }
        gc.restore();
    }

    private static void marker(GraphicsContext gc, Drawing.Marker m) {
        double r = m.size() / 2;
        gc.setFill(colour(m.hollow() ? ChartPalette.BACKGROUND : m.fill()));
        stroke(gc, m.outline());
        switch (m.shape()) {
            case CIRCLE -> {
                gc.fillOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
                gc.strokeOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
            }
            case SQUARE -> {
                gc.fillRect(m.x() - 0.9 * r, m.y() - 0.9 * r, 1.8 * r, 1.8 * r);
                gc.strokeRect(m.x() - 0.9 * r, m.y() - 0.9 * r, 1.8 * r, 1.8 * r);
            }
            case DIAMOND -> {
                double e = 1.15 * r;
                double[] xs = {m.x(), m.x() + e, m.x(), m.x() - e};
                double[] ys = {m.y() - e, m.y(), m.y() + e, m.y()};
                gc.fillPolygon(xs, ys, 4);
                gc.strokePolygon(xs, ys, 4);
            }
        }
    }

    private static void text(GraphicsContext gc, Drawing.Text t) {
        gc.setFont(Font.font(FAMILY, t.bold() ? FontWeight.BOLD : FontWeight.NORMAL, t.size()));
        gc.setFill(colour(t.colour()));
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(switch (t.anchor()) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        gc.fillText(t.text(), t.x(), t.y());
    }

    private static void stroke(GraphicsContext gc, Stroke s) {
        gc.setStroke(colour(s.colour()));
        gc.setLineWidth(s.width());
        double[] pattern = s.dash().pattern(s.width());
        gc.setLineDashes(pattern.length == 0 ? null : pattern);
        gc.setLineCap(s.dash().roundCaps() ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
    }

    private static double[] xs(List<Double> xy) {
        double[] xs = new double[xy.size() / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xy.get(2 * i);
        }
        return xs;
    }

    private static double[] ys(List<Double> xy) {
        double[] ys = new double[xy.size() / 2];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = xy.get(2 * i + 1);
        }
        return ys;
    }

    static Color colour(ChartColour c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }
}
