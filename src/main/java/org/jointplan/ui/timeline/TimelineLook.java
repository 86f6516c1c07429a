package org.jointplan.ui.timeline;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.jointplan.domain.Status;

/** The theme resolved for painting: colours per status (solid and tint), fonts and sizes. Immutable. */
final class TimelineLook {
    /** The dark words on light fills: chart.Palette.INK. */
    static final Color INK = Color.web("#0b0d10");
    final Map<Status, Color> solid = new EnumMap<>(Status.class);
    final Map<Status, Color> tint = new EnumMap<>(Status.class);
    private final Map<Status, Color> onSolid = new EnumMap<>(Status.class);
    private final Map<Status, Color> edge = new EnumMap<>(Status.class);
    final Color overdue;
    final Color overdueTint;
    final Color today;
    final Color committee;
    final Color selection;
    final Color selectionTint;
    final Color text;
    final Color mutedText;
    final Color grid;
    final Color gridStrong;
    final Color background;
    final Color stripe;
    final Color lane;
    final Color column;
    final Color axis;
    final Color milestone;
    final Font font;
    final Font bold;
    final Font small;
    final Font smallBold;
    final Font symbol;
    final double fontSize;
    final double rowHeight;
    final double laneHeight;
    final double barHeight;
    final double labelWidth;
    final double bandHeight;
    final double lineWidth;
    final int titleLines;

    TimelineLook(TimelineTheme t) {
        solid.put(Status.COMPLETE, t.complete.getValue());
        solid.put(Status.ON_TRACK, t.onTrack.getValue());
        solid.put(Status.AT_RISK, t.atRisk.getValue());
        solid.put(Status.OFF_TRACK, t.offTrack.getValue());
        solid.put(Status.NOT_STARTED, t.notStarted.getValue());
        background = t.background.getValue();
        double tintShare = clamp(t.barTint.getValue().doubleValue(), 0, 1);
        solid.forEach((status, colour) -> tint.put(status, mix(background, colour, tintShare)));
        overdue = t.overdue.getValue();
        overdueTint = mix(background, overdue, 0.18);
        today = t.today.getValue();
        committee = t.committee.getValue();
        selection = t.selection.getValue();
        selectionTint = mix(background, selection, 0.12);
        text = t.text.getValue();
        mutedText = t.mutedText.getValue();
        grid = t.grid.getValue();
        gridStrong = mix(grid, text, 0.35);
        stripe = t.stripe.getValue();
        lane = t.lane.getValue();
        column = t.column.getValue();
        axis = t.axis.getValue();
        milestone = t.milestone.getValue();
        solid.forEach((status, colour) -> {
            onSolid.put(status, onFill(colour));
            edge.put(status, edgeOf(colour, background, text));
        });
        fontSize = Math.max(6, t.fontSize.getValue().doubleValue());
        String family = t.fontFamily.getValue();
        font = Font.font(family, FontWeight.NORMAL, fontSize);
        bold = Font.font(family, FontWeight.BOLD, fontSize);
        small = Font.font(family, FontWeight.NORMAL, Math.round(fontSize * 0.88));
        smallBold = Font.font(family, FontWeight.BOLD, Math.round(fontSize * 0.88));
        symbol = Font.font(family, FontWeight.BOLD, Math.round(fontSize * 0.85));
        rowHeight = Math.max(8, t.rowHeight.getValue().doubleValue());
        laneHeight = Math.max(rowHeight, t.laneHeight.getValue().doubleValue());
        barHeight = clamp(t.barHeight.getValue().doubleValue(), 2, rowHeight - 2);
        labelWidth = Math.max(0, t.labelWidth.getValue().doubleValue());
        bandHeight = Math.max(8, t.bandHeight.getValue().doubleValue());
        lineWidth = Math.max(0.5, t.lineWidth.getValue().doubleValue());
        titleLines = (int) clamp(t.titleLines.getValue().intValue(), 1, 3);
    }

    /** Words on a status's fill: white or near-black, whichever reads better (dark on light amber). */
    Color onSolid(Status status) {
        return onSolid.get(status);
    }

    /** A bar's outline: its fill, or a shade of it towards the text where the fill is under 3:1 on the background. */
    Color edge(Status status) {
        return edge.get(status);
    }

    /** White or {@link #INK}, whichever has the greater WCAG contrast with {@code fill} (chart.Palette's rule). */
    static Color onFill(Color fill) {
        return contrast(Color.WHITE, fill) >= contrast(INK, fill) ? Color.WHITE : INK;
    }

    /** The fill moved towards the text a tenth at a time until it has 3:1 against the background (chart.Palette). */
    private static Color edgeOf(Color fill, Color background, Color text) {
        Color edge = fill;
        for (int step = 1; contrast(edge, background) < 3 && step <= 10; step++) {
            edge = Color.rgb(part(fill.getRed(), text.getRed(), step), part(fill.getGreen(), text.getGreen(), step),
                    part(fill.getBlue(), text.getBlue(), step));
        }
        return edge;
    }

    private static int part(double fill, double text, int tenths) {
        double base = Math.round(fill * 255);
        return (int) Math.round(base + (Math.round(text * 255) - base) * tenths / 10.0);
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static Color mix(Color base, Color over, double share) {
        return new Color(base.getRed() + (over.getRed() - base.getRed()) * share,
                base.getGreen() + (over.getGreen() - base.getGreen()) * share,
                base.getBlue() + (over.getBlue() - base.getBlue()) * share, 1);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
