package org.jointplan.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A chart or slide laid out in the light palette, shown in another theme: every colour of the light palette becomes
 * the theme's own (white paper the theme's surface, the BRAG fills the theme's fills, text the theme's text); any
 * other colour (the SPC chart's) keeps its hue and gets on the theme's surface the standing it had on white (3:1 for
 * a line or a point, 4.5:1 for words; a pale tint or faint line stays faint); words on a fill take the words that
 * read on the fill under them. So a layout made once, without knowing the theme, shows in every theme alike.
 */
public final class ThemedLayout {
    private static final double PALE = 1.5;
    private static final double FAINT_SCALE = 2.0;
    private static final double MOST_FAINT = 0.35;
    private static final double GRAPHICS = 3.0;
    private static final double WORDS = 4.5;
    private static final Map<Theme, Map<ChartColour, ChartColour>> RECOLOURED = new ConcurrentHashMap<>();

    private ThemedLayout() {
    }

    /** The layout in the palette's theme (the layout itself in Light). */
    public static ChartLayout of(ChartLayout light, Palette palette) {
        if (palette.theme() == Theme.LIGHT) {
            return light;
        }
        List<Drawing> out = new ArrayList<>(light.drawings().size());
        List<Drawing> fills = new ArrayList<>();
        for (Drawing d : light.drawings()) {
            Drawing themed = recolour(d, palette, fills);
            out.add(themed);
            if (themed instanceof Drawing.Rect r && r.fill() != null || themed instanceof Drawing.Marker m
                    && !m.hollow() || themed instanceof Drawing.Polygon) {
                fills.add(themed);
            }
        }
        return new ChartLayout(light.width(), light.height(), out, light.title(), light.description(), light.axes(),
                light.textSize());
    }

    /** A colour of the light palette in the palette's theme: see the class's comment. */
    public static ChartColour colour(ChartColour light, Palette palette) {
        if (palette.theme() == Theme.LIGHT || light == null) {
            return light;
        }
        return RECOLOURED.computeIfAbsent(palette.theme(), t -> new ConcurrentHashMap<>())
                .computeIfAbsent(light, c -> recolour(c, palette));
    }

    private static ChartColour recolour(ChartColour c, Palette palette) {
        for (Swatch s : Swatch.values()) {
            if (s.in(Theme.LIGHT).equals(c)) {
                return palette.colour(s);
            }
        }
        if (c.equals(ChartColour.WHITE)) {
            return palette.surface();
        }
        if (c.equals(ChartColour.BLACK) || c.equals(Palette.INK) || c.equals(ChartPalette.TEXT)) {
            return palette.text();
        }
        if (c.equals(ChartPalette.MUTED_TEXT)) {
            return palette.muted();
        }
        if (c.contrastOnWhite() < PALE) { // a tint, a stripe, a faint line: as far from this surface as from white
            double fromWhite = (765 - c.red() - c.green() - c.blue()) / 765.0;
            return palette.surface().equals(ChartColour.WHITE) ? c
                    : palette.surface().mixedWith(c, Math.min(MOST_FAINT, FAINT_SCALE * fromWhite));
        }
        return standing(c, Math.max(GRAPHICS, Math.min(WORDS, c.contrastOnWhite())), palette);
    }

    /** The colour moved towards the theme's text a tenth at a time until it has this contrast with the surface. */
    private static ChartColour standing(ChartColour c, double contrast, Palette palette) {
        ChartColour out = c;
        for (int step = 1; out.contrastWith(palette.surface()) < contrast && step <= 10; step++) {
            out = c.mixedWith(palette.text(), step / 10.0);
        }
        return out;
    }

    private static Drawing recolour(Drawing d, Palette p, List<Drawing> fills) {
        if (d instanceof Drawing.Line l) {
            return new Drawing.Line(l.role(), l.x1(), l.y1(), l.x2(), l.y2(), stroke(l.stroke(), p));
        } else if (d instanceof Drawing.Polyline l) {
            return new Drawing.Polyline(l.role(), l.xy(), stroke(l.stroke(), p));
        } else if (d instanceof Drawing.Polygon g) {
            return new Drawing.Polygon(g.role(), g.xy(), colour(g.fill(), p));
        } else if (d instanceof Drawing.Rect r) {
            return new Drawing.Rect(r.role(), r.box(), colour(r.fill(), p), stroke(r.outline(), p));
        } else if (d instanceof Drawing.Marker m) {
            return new Drawing.Marker(m.role(), m.x(), m.y(), m.size(), m.shape(), colour(m.fill(), p),
                    stroke(m.outline(), p), m.tip());
        } else if (d instanceof Drawing.Text t) {
            return new Drawing.Text(t.role(), t.x(), t.y(), t.text(), t.size(), t.bold(), t.anchor(),
                    words(t, p, fills));
        }
        return d;
    }

    /** Words on a fill read on the fill under them; other words read on the surface. */
    private static ChartColour words(Drawing.Text t, Palette p, List<Drawing> fills) {
        boolean onFill = t.colour().equals(ChartColour.WHITE) || t.colour().equals(Palette.INK);
        if (onFill) {
            Box b = t.bounds();
            double cx = b.x() + b.width() / 2;
            double cy = b.y() + b.height() / 2;
            for (int i = fills.size() - 1; i >= 0; i--) {
                Drawing f = fills.get(i);
                Box under = f.bounds();
                if (cx >= under.x() && cx <= under.x() + under.width() && cy >= under.y()
                        && cy <= under.y() + under.height()) {
                    return Palette.textOn(fillOf(f));
                }
            }
        }
        ChartColour c = colour(t.colour(), p);
        return c.contrastWith(p.surface()) >= WORDS ? c : standing(c, WORDS, p);
    }

    private static ChartColour fillOf(Drawing d) {
        if (d instanceof Drawing.Rect r) {
            return r.fill();
        }
        return d instanceof Drawing.Marker m ? m.fill() : ((Drawing.Polygon) d).fill();
    }

    private static Stroke stroke(Stroke s, Palette p) {
        return s == null ? null : new Stroke(colour(s.colour(), p), s.width(), s.dash());
    }
}
