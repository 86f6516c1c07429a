package org.jointplan.ui.timeline;

import java.util.List;
import javafx.scene.text.Font;
import org.jointplan.domain.Status;

/**
 * The key to the timeline's colours and shapes, drawn on the canvas: each BRAG status as badge and word, then
 * milestones (met, due, slipped) and the overdue hatch. The words are the plan's own (its BRAG key). Committees ask
 * for a key on every output, since partners define the colours differently.
 */
final class BragKeyPainter {
    static final List<Status> ORDER = List.of(Status.COMPLETE, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK,
            Status.NOT_STARTED);

    private BragKeyPainter() {
    }

    /**
     * Lays the key out left to right, wrapping within {@code maxWidth}; returns the height used. A compact key
     * (the screen's corner) has shorter words for the marks.
     */
    static double paint(PaintContext c, double x, double y, double maxWidth, Font font, double lineHeight,
                        boolean compact) {
        return lay(c, x, y, maxWidth, font, lineHeight, compact, true);
    }

    /** The height the key would take, painting nothing. */
    static double height(PaintContext c, double maxWidth, Font font, double lineHeight, boolean compact) {
        return lay(c, 0, 0, maxWidth, font, lineHeight, compact, false);
    }

    /** Where the key's last row ends, from its left, painting nothing. */
    static double lastRowEnd(PaintContext c, double maxWidth, Font font, double lineHeight, boolean compact) {
        return lay(c, 0, 0, maxWidth, font, lineHeight, compact, false, true);
    }

    private static double lay(PaintContext c, double x, double y, double maxWidth, Font font, double lineHeight,
                              boolean compact, boolean draw) {
        return lay(c, x, y, maxWidth, font, lineHeight, compact, draw, false);
    }

    private static double lay(PaintContext c, double x, double y, double maxWidth, Font font, double lineHeight,
                              boolean compact, boolean draw, boolean rowEnd) {
        TextFit fit = TextFit.of(font);
        double r = font.getSize() * 0.55;
        double gap = font.getSize() * 1.1;
        double cx = x;
        double cy = y + lineHeight / 2;
        List<String> words = words(c.view.key(), compact);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            double w = 2 * r + 6 + fit.width(word);
            if (cx > x && cx + w > x + maxWidth) {
                cx = x;
                cy += lineHeight;
            }
            if (!draw) {
                cx += w + gap;
                continue;
            }
            if (i < ORDER.size()) {
                Shapes.badge(c, cx + r, cy, r, ORDER.get(i));
            } else {
                symbol(c, i - ORDER.size(), cx + r, cy, r);
            }
            c.text(word, cx + 2 * r + 6, cy, font, c.look.text);
            cx += w + gap;
        }
        return rowEnd ? cx - x : cy + lineHeight / 2 - y;
    }

    /**
     * The words of the key in order: each status's colour and the plan's word for it ("Amber: at risk"), then the
     * milestone and overdue marks (shorter when compact).
     */
    static List<String> words(org.jointplan.domain.BragKey key, boolean compact) {
        List<String> words = new java.util.ArrayList<>();
        for (Status s : ORDER) {
            words.add(key.entry(s).colourAndLabel());
        }
        words.addAll(compact ? List.of("Met", "Due", "Slipped", "Overdue")
                : List.of("Milestone met", "Milestone due", "Slipped milestone", "Overdue"));
        return words;
    }

    private static void symbol(PaintContext c, int which, double cx, double cy, double r) {
        var look = c.look;
        switch (which) {
            case 0 -> Shapes.diamond(c.gc, cx, cy, r, look.milestone, look.background, 1);
            case 1 -> Shapes.diamond(c.gc, cx, cy, r, look.background, look.milestone, look.lineWidth);
            case 2 -> {
                c.gc.setLineDashes(2, 2);
                Shapes.diamond(c.gc, cx - r * 0.25, cy, r * 0.72, null, look.mutedText, 1);
                c.gc.setLineDashes();
                Shapes.diamond(c.gc, cx + r * 0.45, cy, r * 0.72, look.background, look.milestone, look.lineWidth);
            }
            default -> {
                c.gc.setFill(look.overdueTint);
                c.gc.fillRect(cx - r, cy - r * 0.7, 2 * r, 1.4 * r);
                Shapes.hatch(c.gc, cx - r, cy - r * 0.7, 2 * r, 1.4 * r, 4, look.overdue, 1);
                c.gc.setStroke(look.overdue);
                c.gc.setLineWidth(look.lineWidth);
                c.gc.strokeRect(cx - r, cy - r * 0.7, 2 * r, 1.4 * r);
            }
        }
    }
}
