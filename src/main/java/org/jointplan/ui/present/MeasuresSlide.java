package org.jointplan.ui.present;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * The measures of one priority (or the plan's own) as a slide: for each, its chart at presentation size (with its
 * name, latest figure as published and target; an SPC chart, icons with their words, once there are enough figures
 * for reliable limits, a line against target and trajectory before that), then its status and its direction since
 * the previous report in words. It scrolls a screen at a time when there are several.
 */
final class MeasuresSlide extends ScrollPane {
    /** From this many figures NHSRplotthedots' limits are no longer provisional: the SPC chart is then shown. */
    static final int SPC_FROM = 13;
    private final VBox content = new VBox();
    private final List<MeasureChartView> charts = new ArrayList<>();

    MeasuresSlide() {
        getStyleClass().add("measures-slide");
        content.getStyleClass().add("measures-slide-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
    }

    /** Whether the plan has a measures slide for the priority (null: the plan's own measures). */
    static boolean has(PlanData plan, UUID priorityId) {
        return plan.measures().stream().anyMatch(m -> java.util.Objects.equals(m.priorityId(), priorityId));
    }

    void show(PlanData plan, UUID priorityId, LocalDate asAt, ReportPosition position) {
        Map<UUID, List<MeasureValue>> values = plan.measureValues().stream()
                .collect(Collectors.groupingBy(MeasureValue::measureId));
        charts.clear();
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (Measure m : plan.measures()) {
            if (java.util.Objects.equals(m.priorityId(), priorityId)) {
                List<MeasureValue> own = values.getOrDefault(m.id(), List.of());
                MeasureProgress progress = position == null ? MeasureProgress.of(m, own, asAt, null)
                        : position.measure(m.id()).orElseGet(() -> MeasureProgress.of(m, own, asAt, null));
                nodes.add(measure(progress, own));
            }
        }
        content.getChildren().setAll(nodes);
        setVvalue(0);
    }

    private VBox measure(MeasureProgress p, List<MeasureValue> values) {
        Measure m = p.measure();
        Label status = label(p.status().describe() + (p.direction() == null ? "" : "  ·  Since the last report: "
                + p.direction().describe()), "measure-slide-status");
        status.getStyleClass().add("measure-status-" + p.status().code());
        VBox box = new VBox();
        box.getStyleClass().add("measure-slide");
        var series = MeasureSeries.of(p, values);
        if (series != null) { // the chart says the name, the latest figure and target, and the SPC icons in words
            MeasureChartView chart = new MeasureChartView(series, p.actuals().size() >= SPC_FROM ? ChartMode.SPC
                    : ChartMode.LINE);
            chart.setTypeScale(TypeScale.PRESENTATION);
            chart.setFocusTraversable(false);
            chart.prefHeightProperty().bind(heightProperty().multiply(0.78)); // one chart fills the screen's most
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
        l.getStyleClass().add(style);
        return l;
    }

    /** The charts shown, in order. */
    List<MeasureChartView> charts() {
        return charts;
    }

    /** Scrolls a screen down (or up); false at the end, where the next slide follows. */
    boolean page(boolean down) {
        double view = getViewportBounds().getHeight();
        double total = content.getHeight();
        if (total <= view + 1) {
            return false;
        }
        double step = view * 0.85 / (total - view);
        double now = getVvalue();
        if (down ? now >= 0.999 : now <= 0.001) {
            return false;
        }
        setVvalue(Math.max(0, Math.min(1, now + (down ? step : -step))));
        return true;
    }
}
