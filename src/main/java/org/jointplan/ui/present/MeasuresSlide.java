package org.jointplan.ui.present;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jointplan.chart.ChartMode;
import org.jointplan.chart.TypeScale;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.ui.chart.MeasureChartView;
import org.jointplan.chart.MeasureSeries;

/**
 * One measure as a slide: its chart filling the screen at presentation size (with its name, latest figure as
 * published and target; an SPC chart, icons with their words, once there are enough figures for reliable limits, a
 * line against target and trajectory before that), then its status and its direction since the previous report in
 * words. One measure to a slide, so nothing is scrolled or cut in the meeting room.
 */
final class MeasuresSlide extends VBox {
    /** From this many figures NHSRplotthedots' limits are no longer provisional: the SPC chart is then shown. */
    static final int SPC_FROM = 13;
    private final List<MeasureChartView> charts = new ArrayList<>();

    MeasuresSlide() {
        getStyleClass().addAll("measures-slide", "measures-slide-content");
        setFocusTraversable(false);
    }

    void show(PlanData plan, UUID measureId, LocalDate asAt, ReportPosition position) {
        charts.clear();
        Measure m = plan.measures().stream().filter(x -> x.id().equals(measureId)).findFirst().orElse(null);
        if (m == null) {
            getChildren().clear();
            return;
        }
        List<MeasureValue> own = plan.measureValues().stream().filter(v -> v.measureId().equals(measureId)).toList();
        MeasureProgress progress = position == null ? MeasureProgress.of(m, own, asAt, null)
                : position.measure(measureId).orElseGet(() -> MeasureProgress.of(m, own, asAt, null));
        getChildren().setAll(measure(progress, own));
    }

    private VBox measure(MeasureProgress p, List<MeasureValue> values) {
        Measure m = p.measure();
        Label status = label(p.status().describe() + (p.direction() == null ? "" : "  ·  Since the last report: "
                + p.direction().describe()), "measure-slide-status");
        status.getStyleClass().add("measure-status-" + p.status().code());
        VBox box = new VBox();
        box.getStyleClass().add("measure-slide");
        VBox.setVgrow(box, Priority.ALWAYS);
        var series = MeasureSeries.of(p, values);
        if (series != null) { // the chart says the name, the latest figure and target, and the SPC icons in words
            MeasureChartView chart = new MeasureChartView(series, p.actuals().size() >= SPC_FROM ? ChartMode.SPC
                    : ChartMode.LINE);
            chart.setTypeScale(TypeScale.PRESENTATION);
            chart.setFocusTraversable(false);
            chart.setMinHeight(0);
            VBox.setVgrow(chart, Priority.ALWAYS);
            charts.add(chart);
            box.getChildren().add(chart);
        } else {
            box.getChildren().add(label(m.name() + ": no figures yet", "measure-slide-name"));
        }
        box.getChildren().add(status);
        return box;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }

    /** The chart shown (none when the measure has no figures). */
    List<MeasureChartView> charts() {
        return charts;
    }
}
