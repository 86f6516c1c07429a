package org.jointplan.chart;

import java.util.List;
import java.util.Locale;

/**
 * Writes a laid-out chart as SVG 1.1 text from the same primitives the other painters draw. The picture is an
 * accessible image ({@code role="img"}) whose {@code <title>} and {@code <desc>} give the chart in words, texts are
 * real {@code <text>} elements (searchable, scalable), each point carries its value as a {@code <title>}, and every
 * element names its role as a class. We write SVG ourselves because no small, well-kept Apache-licensed
 * Graphics2D-to-SVG library exists: Batik is huge and JFreeSVG is GPL.
 */
public final class SvgChartWriter {
    private SvgChartWriter() {
    }

    /** The chart with the ids {@code chart-title} and {@code chart-desc}. */
    public static String svg(ChartLayout chart) {
        return svg(chart, "chart");
    }

    /**
     * The chart with its title's and description's ids made from a prefix ({@code timeline-2-title}), so that several
     * charts can share one HTML page.
     *
     * @param idPrefix a letter, then letters, digits, '-' or '_'
     */
    public static String svg(ChartLayout chart, String idPrefix) {
        if (idPrefix == null || !idPrefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("An SVG id prefix begins with a letter, then letters, digits, - or _.");
        }
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        StringBuilder b = new StringBuilder(16_384);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(chart.width()))
                .append("\" height=\"").append(n(chart.height())).append("\" viewBox=\"0 0 ").append(n(chart.width()))
                .append(' ').append(n(chart.height()))
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\">\n");
        b.append("<title id=\"").append(titleId).append("\">")
                .append(escape(chart.title().isEmpty() ? "Measure chart" : chart.title())).append("</title>\n");
        b.append("<desc id=\"").append(descId).append("\">").append(escape(chart.description())).append("</desc>\n");
        b.append("<g font-family=\"").append(TextMetrics.FONT_FAMILIES).append("\">\n");
        for (Drawing d : chart.drawings()) {
            element(b, d);
        }
        b.append("</g>\n</svg>\n");
        return b.toString();
    }

    private static void element(StringBuilder b, Drawing d) {
        String cls = " class=\"" + d.role().cssName() + "\"";
        if (d instanceof Drawing.Line l) {
            b.append("<line").append(cls).append(" x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1()))
                    .append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append('"');
            stroke(b, l.stroke());
            b.append("/>\n");
        } else if (d instanceof Drawing.Polyline p) {
            b.append("<polyline").append(cls).append(" points=\"").append(points(p.xy())).append("\" fill=\"none\"");
            stroke(b, p.stroke());
            b.append("/>\n");
        } else if (d instanceof Drawing.Polygon p) {
            b.append("<polygon").append(cls).append(" points=\"").append(points(p.xy())).append("\" fill=\"")
                    .append(p.fill().hex()).append("\"/>\n");
        } else if (d instanceof Drawing.Rect r) {
            b.append("<rect").append(cls).append(box(r.box())).append(" fill=\"")
                    .append(r.fill() == null ? "none" : r.fill().hex()).append('"');
            if (r.outline() != null) {
                stroke(b, r.outline());
            }
            b.append("/>\n");
        } else if (d instanceof Drawing.Marker m) {
            marker(b, cls, m);
        } else if (d instanceof Drawing.Text t) {
            String anchor = switch (t.anchor()) {
                case START -> "start";
                case MIDDLE -> "middle";
                case END -> "end";
            };
            b.append("<text").append(cls).append(" x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
                    .append("\" font-size=\"").append(n(t.size())).append('"')
                    .append(t.bold() ? " font-weight=\"bold\"" : "").append(" text-anchor=\"").append(anchor)
                    .append("\" fill=\"").append(t.colour().hex()).append("\">").append(escape(t.text()))
                    .append("</text>\n");
        }
    }

    private static void marker(StringBuilder b, String cls, Drawing.Marker m) {
        double r = m.size() / 2;
        String tag = switch (m.shape()) {
            case CIRCLE -> "circle";
            case SQUARE -> "rect";
            case DIAMOND -> "polygon";
        };
        if (!m.tip().isEmpty()) { // a group titled with the value: simpler renderers skip shapes that hold a title
            b.append("<g><title>").append(escape(m.tip())).append("</title>");
        }
        b.append('<').append(tag).append(cls);
        switch (m.shape()) {
            case CIRCLE -> b.append(" cx=\"").append(n(m.x())).append("\" cy=\"").append(n(m.y())).append("\" r=\"")
                    .append(n(r)).append('"');
            case SQUARE -> b.append(box(new Box(m.x() - 0.9 * r, m.y() - 0.9 * r, 1.8 * r, 1.8 * r)));
            case DIAMOND -> b.append(" points=\"").append(points(List.of(m.x(), m.y() - 1.15 * r, m.x() + 1.15 * r,
                    m.y(), m.x(), m.y() + 1.15 * r, m.x() - 1.15 * r, m.y()))).append('"');
        }
        b.append(" fill=\"").append(m.hollow() ? ChartPalette.BACKGROUND.hex() : m.fill().hex()).append('"');
        stroke(b, m.outline());
        b.append(m.tip().isEmpty() ? "/>\n" : "/></g>\n");
    }

    private static void stroke(StringBuilder b, Stroke s) {
        b.append(" stroke=\"").append(s.colour().hex()).append("\" stroke-width=\"").append(n(s.width())).append('"');
        double[] pattern = s.dash().pattern(s.width());
        if (pattern.length > 0) {
            b.append(" stroke-dasharray=\"").append(n(pattern[0])).append(' ').append(n(pattern[1])).append('"');
        }
        if (s.dash().roundCaps()) {
            b.append(" stroke-linecap=\"round\"");
        }
    }

    private static String box(Box box) {
        return " x=\"" + n(box.x()) + "\" y=\"" + n(box.y()) + "\" width=\"" + n(box.width()) + "\" height=\""
                + n(box.height()) + "\"";
    }

    private static String points(List<Double> xy) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < xy.size(); i += 2) {
            b.append(i == 0 ? "" : " ").append(n(xy.get(i))).append(',').append(n(xy.get(i + 1)));
        }
        return b.toString();
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /**
     * Text as XML character data (and HTML text or attribute value): markup characters escaped, characters XML
     * cannot hold replaced by U+FFFD.
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                            || c == '\uFFFE' || c == '\uFFFF') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
