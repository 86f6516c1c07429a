package org.jointplan.chart.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jointplan.chart.Box;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.ChartMode;
import org.jointplan.chart.ChartPalette;
import org.jointplan.chart.ChartSeries;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.MeasureChart;
import org.jointplan.chart.MeasureSeries;
import org.jointplan.chart.Role;
import org.jointplan.chart.TextMetrics;
import org.jointplan.chart.TypeScale;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;

/**
 * One measure to a slide, the plan's own then each priority's: its chart filling the slide at the slide's text size
 * (an SPC chart once there are enough figures for reliable limits, a line against target and trajectory before
 * that), then its status and its direction since the previous report in words.
 */
final class MeasureSlides {
    /** From this many figures NHSRplotthedots' limits are no longer provisional: the SPC chart is then shown. */
    static final int SPC_FROM = 13;
    private final ReportPosition position;
    private final SlideStyle s;
    private final SlideFrame frame;

    MeasureSlides(ReportPosition position, SlideStyle s, SlideFrame frame) {
        this.position = position;
        this.s = s;
        this.frame = frame;
    }

    List<Draft> lay(List<Priority> priorities) {
        List<Draft> drafts = new ArrayList<>();
        group(drafts, null, "Measures of the whole plan");
        for (Priority p : priorities) {
            group(drafts, p.id(), "Measures of priority " + p.order() + ": " + p.shortName());
        }
        return drafts;
    }

    private void group(List<Draft> drafts, UUID priorityId, String caption) {
        List<Measure> measures = position.plan().measures().stream()
                .filter(m -> Objects.equals(m.priorityId(), priorityId)).toList();
        for (int k = 0; k < measures.size(); k++) {
            String pageCaption = caption + (measures.size() == 1 ? "" : ", " + (k + 1) + " of " + measures.size());
            drafts.add(slide(measures.get(k), priorityId, pageCaption, k + 1, measures.size()));
        }
    }

    private Draft slide(Measure m, UUID priorityId, String caption, int page, int pages) {
        return new Draft(Slide.Kind.MEASURE, caption, priorityId, m.id(), List.of(), priorityId == null ? List.of()
                : List.of(priorityId), page, pages, frame, () -> content(m, caption));
    }

    private Draft.Content content(Measure m, String caption) {
        double t = s.t();
        List<MeasureValue> own = position.plan().measureValues().stream().filter(v -> v.measureId().equals(m.id()))
                .toList();
        MeasureProgress p = position.measure(m.id())
                .orElseGet(() -> MeasureProgress.of(m, own, position.asAt(), null));
        String statusWords = p.status().describe() + (p.direction() == null ? ""
                : "  \u00b7  Since the last report: " + p.direction().describe());
        List<String> status = SlideText.lines(statusWords, t, true, s.right() - s.pad(), 2);
        double top = frame.contentTop(caption);
        double bottom = frame.contentBottom() - status.size() * s.line() - 0.4 * t;
        SlideCanvas c = new SlideCanvas();
        c.shape(new Drawing.Rect(Role.BACKGROUND, new Box(0, 0, s.width(), s.height()), ChartPalette.BACKGROUND,
                null));
        ChartSeries series = MeasureSeries.of(p, own);
        String description = caption + ": " + m.name() + ": no figures yet. " + statusWords;
        if (series == null || bottom - top < MeasureChart.MIN_HEIGHT) {
            c.text(Role.MESSAGE, s.pad(), top + TextMetrics.ascent(t), SlideText.lines(m.name() + ": no figures yet",
                    t, true, s.right() - s.pad(), 1).get(0), t, true, Drawing.Anchor.START, SlideStyle.TEXT);
        } else {
            ChartLayout chart = MeasureChart.layout(series, p.actuals().size() >= SPC_FROM ? ChartMode.SPC
                    : ChartMode.LINE, s.right() - s.pad(), bottom - top, new TypeScale(t));
            for (Drawing d : chart.drawings()) { // in the chart's own order, which never draws over its words
                c.wordShape(Shifted.by(d, s.pad(), top));
            }
            description = caption + ": " + chart.description() + " " + statusWords;
        }
        c.lines(Role.SUMMARY, s.pad(), bottom + 0.4 * t + TextMetrics.ascent(t), status, t, true, SlideStyle.TEXT,
                statusWords);
        return new Draft.Content(c, description);
    }
}
