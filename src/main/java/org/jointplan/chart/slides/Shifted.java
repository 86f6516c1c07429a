package org.jointplan.chart.slides;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.chart.Box;
import org.jointplan.chart.Drawing;

/** A chart laid out in its own box, moved to its place on a slide. */
final class Shifted {
    private Shifted() {
    }

    static Drawing by(Drawing d, double dx, double dy) {
        if (d instanceof Drawing.Line l) {
            return new Drawing.Line(l.role(), l.x1() + dx, l.y1() + dy, l.x2() + dx, l.y2() + dy, l.stroke());
        } else if (d instanceof Drawing.Polyline p) {
            return new Drawing.Polyline(p.role(), shift(p.xy(), dx, dy), p.stroke());
        } else if (d instanceof Drawing.Polygon p) {
            return new Drawing.Polygon(p.role(), shift(p.xy(), dx, dy), p.fill());
        } else if (d instanceof Drawing.Rect r) {
            Box b = r.box();
            return new Drawing.Rect(r.role(), new Box(b.x() + dx, b.y() + dy, b.width(), b.height()), r.fill(),
                    r.outline());
        } else if (d instanceof Drawing.Marker m) {
            return new Drawing.Marker(m.role(), m.x() + dx, m.y() + dy, m.size(), m.shape(), m.fill(), m.outline(),
                    m.tip());
        } else if (d instanceof Drawing.Text t) {
            return new Drawing.Text(t.role(), t.x() + dx, t.y() + dy, t.text(), t.size(), t.bold(), t.anchor(),
                    t.colour());
        }
        throw new IllegalArgumentException("Unknown drawing " + d.getClass().getSimpleName());
    }

    private static List<Double> shift(List<Double> xy, double dx, double dy) {
        List<Double> out = new ArrayList<>(xy.size());
        for (int i = 0; i < xy.size(); i += 2) {
            out.add(xy.get(i) + dx);
            out.add(xy.get(i + 1) + dy);
        }
        return out;
    }
}
