package org.jointplan.ui.timeline;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.jointplan.domain.Status;

/** The theme resolved for painting: colours per status (solid and tint), fonts and sizes. Immutable. */
final class TimelineLook {
    final Map<Status, Color> solid = new EnumMap<>(Status.class);
    final Map<Status, Color> tint = new EnumMap<>(Status.class);
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

    /** Text on a solid status colour: white, since all five BRAG colours are dark enough for 4.5:1 with it. */
    Color onSolid() {
        return Color.WHITE;
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
