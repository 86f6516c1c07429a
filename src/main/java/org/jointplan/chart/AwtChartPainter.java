package org.jointplan.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Paints a laid-out chart on a Graphics2D: a PNG through {@link #image}, and a PDF through PDFBox's Graphics2D
 * bridge. Text is drawn in the logical "SansSerif" font (DejaVu Sans on Linux, Arial on Windows).
 */
public final class AwtChartPainter {
    private AwtChartPainter() {
    }

    /** The chart as an image of {@code scale} pixels per layout unit. */
    public static BufferedImage image(ChartLayout chart, double scale) {
        int w = (int) Math.ceil(chart.width() * scale);
        int h = (int) Math.ceil(chart.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(g, chart);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the chart with its top left at the graphics' origin. */
    public static void paint(Graphics2D g, ChartLayout chart) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        for (Drawing d : chart.drawings()) {
            if (d instanceof Drawing.Line l) {
                stroke(g, l.stroke());
                g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
            } else if (d instanceof Drawing.Polyline p) {
                stroke(g, p.stroke());
                g.draw(path(p.xy(), false));
            } else if (d instanceof Drawing.Polygon p) {
                g.setColor(colour(p.fill()));
                g.fill(path(p.xy(), true));
            } else if (d instanceof Drawing.Rect r) {
                Rectangle2D box = new Rectangle2D.Double(r.box().x(), r.box().y(), r.box().width(), r.box().height());
                if (r.fill() != null) {
                    g.setColor(colour(r.fill()));
                    g.fill(box);
                }
                if (r.outline() != null) {
                    stroke(g, r.outline());
                    g.draw(box);
                }
            } else if (d instanceof Drawing.Marker m) {
                marker(g, m);
            } else if (d instanceof Drawing.Text t) {
                text(g, t);
            }
        }
    }

    private static void marker(Graphics2D g, Drawing.Marker m) {
        java.awt.Shape shape = shape(m);
        if (m.fill() != null) {
            g.setColor(colour(m.fill()));
            g.fill(shape);
        } else {
            g.setColor(colour(ChartPalette.BACKGROUND));
            g.fill(shape);
        }
        stroke(g, m.outline());
        g.draw(shape);
    }

    private static java.awt.Shape shape(Drawing.Marker m) {
        double r = m.size() / 2;
        return switch (m.shape()) {
            case CIRCLE -> new Ellipse2D.Double(m.x() - r, m.y() - r, 2 * r, 2 * r);
            case SQUARE -> new Rectangle2D.Double(m.x() - r * 0.9, m.y() - r * 0.9, 1.8 * r, 1.8 * r);
            case DIAMOND -> path(List.of(m.x(), m.y() - r * 1.15, m.x() + r * 1.15, m.y(), m.x(), m.y() + r * 1.15,
                    m.x() - r * 1.15, m.y()), true);
        };
    }

    private static void text(Graphics2D g, Drawing.Text t) {
        Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) t.size());
        g.setFont(font);
        g.setColor(colour(t.colour()));
        double w = g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
        double x = switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - w / 2;
            case END -> t.x() - w;
        };
        g.drawString(t.text(), (float) x, (float) t.y());
    }

    private static void stroke(Graphics2D g, Stroke s) {
        double[] pattern = s.dash().pattern(s.width());
        float[] dash = null;
        if (pattern.length > 0) {
            dash = new float[pattern.length];
            for (int i = 0; i < pattern.length; i++) {
                dash[i] = (float) pattern[i];
            }
        }
        int cap = s.dash().roundCaps() ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
        g.setStroke(new BasicStroke((float) s.width(), cap, BasicStroke.JOIN_ROUND, 10, dash, 0));
        g.setColor(colour(s.colour()));
    }

    private static Path2D path(List<Double> xy, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy.get(0), xy.get(1));
        for (int i = 2; i < xy.size(); i += 2) {
            p.lineTo(xy.get(i), xy.get(i + 1));
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    private static Color colour(ChartColour c) {
        return new Color(c.red(), c.green(), c.blue());
    }
}
