package org.jointplan.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;

/**
 * The timeline's look, set from CSS ({@code timeline.css}): colours and sizes as styleable properties of the
 * {@link TimelineView}. The skin draws on a Canvas, where CSS cannot reach the individual bars, so the stylesheet
 * sets these properties on the control instead and the painters read them through {@link #look()}. The colours come
 * from the window's palette (ui/palette.css, in the window's theme); the defaults here are the light palette's
 * (chart.Swatch), for a timeline shown in a scene without it (TimelineThemeTest holds them equal).
 */
final class TimelineTheme {
    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    final StyleableProperty<Color> complete;
    final StyleableProperty<Color> onTrack;
    final StyleableProperty<Color> atRisk;
    final StyleableProperty<Color> offTrack;
    final StyleableProperty<Color> notStarted;
    final StyleableProperty<Color> overdue;
    final StyleableProperty<Color> today;
    final StyleableProperty<Color> committee;
    final StyleableProperty<Color> selection;
    final StyleableProperty<Color> text;
    final StyleableProperty<Color> mutedText;
    final StyleableProperty<Color> grid;
    final StyleableProperty<Color> background;
    final StyleableProperty<Color> stripe;
    final StyleableProperty<Color> lane;
    final StyleableProperty<Color> column;
    final StyleableProperty<Color> axis;
    final StyleableProperty<Color> milestone;
    final StyleableProperty<String> fontFamily;
    final StyleableProperty<Number> fontSize;
    final StyleableProperty<Number> rowHeight;
    final StyleableProperty<Number> laneHeight;
    final StyleableProperty<Number> barHeight;
    final StyleableProperty<Number> labelWidth;
    final StyleableProperty<Number> bandHeight;
    final StyleableProperty<Number> barTint;
    final StyleableProperty<Number> lineWidth;
    final StyleableProperty<Number> titleLines;

    private final TimelineView view;
    private TimelineLook look;

    TimelineTheme(TimelineView view) {
        this.view = view;
        complete = colour(view, "completeColor", "-tl-complete-color", "#1d5fb4", t -> t.complete);
        onTrack = colour(view, "onTrackColor", "-tl-on-track-color", "#1a6e33", t -> t.onTrack);
        atRisk = colour(view, "atRiskColor", "-tl-at-risk-color", "#f2a900", t -> t.atRisk);
        offTrack = colour(view, "offTrackColor", "-tl-off-track-color", "#b3261e", t -> t.offTrack);
        notStarted = colour(view, "notStartedColor", "-tl-not-started-color", "#5f6368", t -> t.notStarted);
        overdue = colour(view, "overdueColor", "-tl-overdue-color", "#b3261e", t -> t.overdue);
        today = colour(view, "todayColor", "-tl-today-color", "#6a1b9a", t -> t.today);
        committee = colour(view, "committeeColor", "-tl-committee-color", "#00695c", t -> t.committee);
        selection = colour(view, "selectionColor", "-tl-selection-color", "#0b57d0", t -> t.selection);
        text = colour(view, "textColor", "-tl-text-color", "#1b1f24", t -> t.text);
        mutedText = colour(view, "mutedTextColor", "-tl-muted-text-color", "#4a5159", t -> t.mutedText);
        grid = colour(view, "gridColor", "-tl-grid-color", "#d3d8df", t -> t.grid);
        background = colour(view, "backgroundColor", "-tl-background-color", "#ffffff", t -> t.background);
        stripe = colour(view, "stripeColor", "-tl-stripe-color", "#f7f9fb", t -> t.stripe);
        lane = colour(view, "laneColor", "-tl-lane-color", "#e6ecf3", t -> t.lane);
        column = colour(view, "columnColor", "-tl-column-color", "#f7f9fb", t -> t.column);
        axis = colour(view, "axisColor", "-tl-axis-color", "#f4f6f8", t -> t.axis);
        milestone = colour(view, "milestoneColor", "-tl-milestone-color", "#1b1f24", t -> t.milestone);
        fontFamily = CSS.createStyleableStringProperty(view, "fontFamily", "-tl-font-family",
                v -> v.theme().fontFamily, "System");
        fontSize = number(view, "fontSize", "-tl-font-size", 13, t -> t.fontSize);
        rowHeight = number(view, "rowHeight", "-tl-row-height", 28, t -> t.rowHeight);
        laneHeight = number(view, "laneHeight", "-tl-lane-height", 44, t -> t.laneHeight);
        barHeight = number(view, "barHeight", "-tl-bar-height", 14, t -> t.barHeight);
        labelWidth = number(view, "labelWidth", "-tl-label-width", 380, t -> t.labelWidth);
        bandHeight = number(view, "bandHeight", "-tl-band-height", 20, t -> t.bandHeight);
        barTint = number(view, "barTint", "-tl-bar-tint", 0.25, t -> t.barTint);
        lineWidth = number(view, "lineWidth", "-tl-line-width", 1.5, t -> t.lineWidth);
        titleLines = number(view, "titleLines", "-tl-title-lines", 1, t -> t.titleLines);
        // a theme switch changes only colours: those repaint the rows as they are; sizes lay the rows out again
        for (StyleableProperty<?> property : List.of(complete, onTrack, atRisk, offTrack, notStarted, overdue, today,
                committee, selection, text, mutedText, grid, background, stripe, lane, column, axis, milestone)) {
            ((Observable) property).addListener(o -> recoloured());
        }
        for (StyleableProperty<?> property : List.of(fontFamily, fontSize, rowHeight, laneHeight, barHeight,
                labelWidth, bandHeight, barTint, lineWidth, titleLines)) {
            ((Observable) property).addListener(o -> changed());
        }
    }

    static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return new ArrayList<>(CSS.getCssMetaData());
    }

    /** Colours, fonts and sizes resolved for painting; rebuilt only after a style changes. */
    TimelineLook look() {
        if (look == null) {
            look = new TimelineLook(this);
        }
        return look;
    }

    private void changed() {
        look = null;
        view.themeChanged();
    }

    private void recoloured() {
        look = null;
        view.bump();
    }

    private static StyleableProperty<Color> colour(TimelineView view, String name, String css, String initial,
            Function<TimelineTheme, StyleableProperty<Color>> field) {
        return CSS.createStyleableColorProperty(view, name, css, v -> field.apply(v.theme()), Color.web(initial));
    }

    private static StyleableProperty<Number> number(TimelineView view, String name, String css, double initial,
            Function<TimelineTheme, StyleableProperty<Number>> field) {
        return CSS.createStyleableNumberProperty(view, name, css, v -> field.apply(v.theme()), initial);
    }
}
