package org.jointplan.ui.chart;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.ChartMode;
import org.jointplan.chart.ChartSeries;
import org.jointplan.chart.MeasureChart;
import org.jointplan.chart.ThemedLayout;
import org.jointplan.chart.TypeScale;

/**
 * A measure's chart as a resizable control: a canvas filling the region, laid out again by {@link MeasureChart} and
 * repainted whenever the region's size, the series, the mode or the type scale changes, and in the window's theme
 * (SceneTheme) when that changes. A screen reader hears the chart's description in words.
 */
public class MeasureChartView extends Region {
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<ChartSeries> series = new SimpleObjectProperty<>(this, "series");
    private final ObjectProperty<ChartMode> mode = new SimpleObjectProperty<>(this, "mode", ChartMode.LINE);
    private final ObjectProperty<TypeScale> typeScale = new SimpleObjectProperty<>(this, "typeScale",
            TypeScale.WINDOW);
    private final ReadOnlyObjectWrapper<ChartLayout> chartLayout = new ReadOnlyObjectWrapper<>(this, "chartLayout");

    public MeasureChartView() {
        getStyleClass().add("measure-chart");
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        series.addListener((o, was, now) -> redraw());
        mode.addListener((o, was, now) -> redraw());
        typeScale.addListener((o, was, now) -> redraw());
        chartLayout.addListener((o, was, now) -> setAccessibleText(now == null ? null : now.description()));
        SceneTheme.follow(this, this::repaint);
    }

    public MeasureChartView(ChartSeries series, ChartMode mode) {
        this();
        setMode(mode);
        setSeries(series);
    }

    /** The numbers to chart; null shows nothing. */
    public final ObjectProperty<ChartSeries> seriesProperty() {
        return series;
    }

    public final ChartSeries getSeries() {
        return series.get();
    }

    public final void setSeries(ChartSeries value) {
        series.set(value);
    }

    /** A line chart against target and trajectory, or the SPC chart. Null is taken as a line chart. */
    public final ObjectProperty<ChartMode> modeProperty() {
        return mode;
    }

    public final ChartMode getMode() {
        return mode.get() == null ? ChartMode.LINE : mode.get();
    }

    public final void setMode(ChartMode value) {
        mode.set(value);
    }

    /** The text size the chart is laid out at: {@link TypeScale#WINDOW} here, larger on a slide. */
    public final ObjectProperty<TypeScale> typeScaleProperty() {
        return typeScale;
    }

    public final TypeScale getTypeScale() {
        return typeScale.get() == null ? TypeScale.WINDOW : typeScale.get();
    }

    public final void setTypeScale(TypeScale value) {
        typeScale.set(value);
    }

    /** The chart as last drawn, or null when nothing is (no series, or the control smaller than a chart can be). */
    public final ReadOnlyObjectProperty<ChartLayout> chartLayoutProperty() {
        return chartLayout.getReadOnlyProperty();
    }

    public final ChartLayout getChartLayout() {
        return chartLayout.get();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 320;
    }

    @Override
    protected double computeMinWidth(double height) {
        return MeasureChart.MIN_WIDTH;
    }

    @Override
    protected double computeMinHeight(double width) {
        return MeasureChart.MIN_HEIGHT;
    }

    private void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        ChartSeries s = getSeries();
        if (s == null || w < MeasureChart.MIN_WIDTH || h < MeasureChart.MIN_HEIGHT) {
            chartLayout.set(null);
            return;
        }
        ChartLayout laid = MeasureChart.layout(s, getMode(), w, h, getTypeScale());
        FxChartPainter.paint(gc, ThemedLayout.of(laid, SceneTheme.palette(this)));
        chartLayout.set(laid);
    }

    /** The chart as laid out, in the window's theme (after a theme switch). */
    private void repaint() {
        ChartLayout laid = chartLayout.get();
        if (laid != null) {
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            FxChartPainter.paint(gc, ThemedLayout.of(laid, SceneTheme.palette(this)));
        }
    }
}
