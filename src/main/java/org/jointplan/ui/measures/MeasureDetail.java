package org.jointplan.ui.measures;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jointplan.chart.ChartMode;
import org.jointplan.domain.MeasureLine;
import org.jointplan.domain.spc.SpcResult;
import org.jointplan.ui.chart.MeasureChartView;
import org.jointplan.chart.MeasureSeries;
import org.jointplan.ui.model.Shown;

/**
 * The chosen measure's chart, as a line with its target and trajectory or as an SPC chart, with the SPC icons in
 * words under it (and a warning where too few points make the limits unreliable).
 */
public final class MeasureDetail extends VBox {
    private final Label title = new Label();
    private final ToggleGroup mode = new ToggleGroup();
    private final ToggleButton line = new ToggleButton("Line");
    private final ToggleButton spc = new ToggleButton("SPC");
    private final StackPane chartSlot = new StackPane();
    private final MeasureChartView chart = new MeasureChartView();
    private final Label variation = new Label();
    private final Label assurance = new Label();
    private final Label warning = new Label();
    private MeasureLine shown;

    MeasureDetail() {
        getStyleClass().add("measure-detail");
        title.getStyleClass().add("measure-detail-title");
        title.setWrapText(true);
        line.setToggleGroup(mode);
        spc.setToggleGroup(mode);
        line.setSelected(true);
        line.setTooltip(new javafx.scene.control.Tooltip("The figures as a line, with the target and trajectory"));
        spc.setTooltip(new javafx.scene.control.Tooltip("A statistical process control chart (Making Data Count)"));
        mode.selectedToggleProperty().addListener((obs, o, t) -> {
            if (t == null) {
                o.setSelected(true); // one mode is always chosen
            } else {
                chart.setMode(spc.isSelected() ? ChartMode.SPC : ChartMode.LINE);
                wordsShown();
            }
        });
        Label chartLabel = new Label("Chart:");
        HBox modes = new HBox(6, chartLabel, line, spc);
        modes.getStyleClass().add("measure-chart-modes");
        modes.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chartSlot.getStyleClass().add("measure-chart-slot");
        chartSlot.setMinHeight(120);
        chartSlot.getChildren().setAll(chart);
        chart.setMinSize(0, 0); // smaller than a chart can be: nothing drawn, rather than pushing the words away
        VBox.setVgrow(chartSlot, Priority.ALWAYS);
        for (Label l : new Label[] {variation, assurance, warning}) {
            l.setWrapText(true);
            l.getStyleClass().add("measure-spc-words");
        }
        warning.getStyleClass().add("measure-spc-warning");
        for (Label l : new Label[] {variation, assurance, warning}) {
            l.setMinHeight(Label.USE_PREF_SIZE); // the chart gives up height, never the words
        }
        getChildren().setAll(title, modes, chartSlot, variation, assurance, warning);
        setSpacing(6);
    }

    /** True while the SPC chart is chosen. */
    public boolean spcMode() {
        return spc.isSelected();
    }

    public void setSpcMode(boolean on) {
        (on ? spc : line).setSelected(true);
    }

    /** The measure shown, or null. */
    public MeasureLine line() {
        return shown;
    }

    /** The SPC chart draws its icons and warning with their words: here they are said for the line chart only. */
    private void wordsShown() {
        boolean line = !spc.isSelected();
        for (Label l : new Label[] {variation, assurance, warning}) {
            l.setVisible(line && !l.getText().isEmpty());
            l.setManaged(l.isVisible());
        }
    }

    public MeasureChartView chart() {
        return chart;
    }

    void show(MeasureLine measure, Shown at) {
        shown = measure;
        title.setText(measure == null ? "Choose a measure to see its chart." : measure.name());
        SpcResult result = measure == null ? null : measure.progress().spc();
        variation.setText(result == null ? "" : "Variation: " + result.variation().label() + ".");
        assurance.setText(result == null ? "" : "Assurance: " + (result.assurance() == null
                ? "none shown (" + (measure.measure().targets().isEmpty() ? "no target" : "neither way is better")
                + ")" : result.assurance().label()) + ".");
        warning.setText(result != null && result.hasShortPeriod() ? "⚠ Too few points for reliable limits: read"
                + " them with care." : "");
        wordsShown();
        chart.setSeries(measure == null ? null : MeasureSeries.of(measure.progress(), at.plan().measureValues()));
    }
}
