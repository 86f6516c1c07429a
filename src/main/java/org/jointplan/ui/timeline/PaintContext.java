package org.jointplan.ui.timeline;

import java.time.LocalDate;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;

/**
 * What one paint of the timeline needs: where to draw, the control (its mapping and state), the rows and the look,
 * and which rows are in view. Coordinates are the control's; an export paints the same frame scaled and in tiles.
 */
final class PaintContext {
    final GraphicsContext gc;
    final TimelineView view;
    final TimelineRows rows;
    final TimelineLook look;
    final double width;
    final double height;
    final double chartLeft;
    final double axisHeight;
    final double pixelsPerDay;
    final LocalDate today;
    /** First and last row index in view, inclusive; first > last when no row is in view. */
    final int first;
    final int last;
    /** The committee dates in view, laid out once per paint. */
    final java.util.List<CommitteeMarker> committees;
    /** Draw the BRAG key in the top-left corner (the screen); exports print a larger key above instead. */
    final boolean cornerKey;

    PaintContext(GraphicsContext gc, TimelineView view, double width, double height, double fromY, double toY,
                 boolean cornerKey) {
        this.gc = gc;
        this.view = view;
        this.rows = view.rows();
        this.look = view.look();
        this.width = width;
        this.height = height;
        this.chartLeft = view.chartLeft();
        this.axisHeight = view.getAxisHeight();
        this.pixelsPerDay = view.getPixelsPerDay();
        this.today = view.getShownDate();
        this.cornerKey = cornerKey;
        this.committees = CommitteeMarkers.layout(view, width);
        double offset = view.getVerticalOffset();
        double top = Math.max(fromY, axisHeight) - axisHeight + offset;
        double bottom = Math.min(toY, height) - axisHeight + offset;
        if (rows.size() == 0 || bottom <= top || top >= rows.contentHeight()) {
            first = 0;
            last = -1;
        } else {
            first = rows.indexAt(Math.max(0, top));
            last = rows.indexAt(bottom);
        }
    }

    /** The bottom of the last row, or of the frame if the rows go further. */
    double rowsBottom() {
        return rows.size() == 0 ? axisHeight
                : Math.min(height, axisHeight + rows.contentHeight() - view.getVerticalOffset());
    }

    double y(TimelineRows.Row row) {
        return view.yOf(row);
    }

    double x(LocalDate date) {
        return view.x(date);
    }

    /** The action's direction of travel in the report shown with the timeline, or null without one. */
    org.jointplan.domain.Direction direction(java.util.UUID actionId) {
        var report = view.getReport();
        return report == null ? null
                : report.action(actionId).map(org.jointplan.domain.ReportPosition.ActionLine::direction).orElse(null);
    }

    /** Draws text with its vertical centre at {@code cy}. */
    void text(String s, double x, double cy, Font font, Color colour) {
        fillText(s, x, cy, font, colour, TextAlignment.LEFT);
    }

    /** Text on a light patch, so that grid, today line or arrows under it never strike through the words. */
    void patchedText(String s, double x, double cy, Font font, Color colour) {
        TextFit fit = TextFit.of(font);
        double pad = Math.max(2, font.getSize() * 0.2);
        gc.setFill(look.background.deriveColor(0, 1, 1, 0.9));
        gc.fillRoundRect(x - pad, cy - fit.lineHeight() / 2, fit.width(s) + 2 * pad, fit.lineHeight(), 6, 6);
        text(s, x, cy, font, colour);
    }

    void centredText(String s, double cx, double cy, Font font, Color colour) {
        fillText(s, cx, cy, font, colour, TextAlignment.CENTER);
    }

    private void fillText(String s, double x, double cy, Font font, Color colour, TextAlignment align) {
        gc.setFont(font);
        gc.setFill(colour);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(s, x, cy);
    }

    /** A crisp 1-pixel vertical line (half-pixel aligned). */
    void vline(double x, double y0, double y1, Color colour, double lineWidth) {
        double px = lineWidth % 2 == 1 ? Math.floor(x) + 0.5 : Math.round(x);
        gc.setStroke(colour);
        gc.setLineWidth(lineWidth);
        gc.strokeLine(px, y0, px, y1);
    }

    void hline(double x0, double x1, double y, Color colour, double lineWidth) {
        double py = lineWidth % 2 == 1 ? Math.floor(y) + 0.5 : Math.round(y);
        gc.setStroke(colour);
        gc.setLineWidth(lineWidth);
        gc.strokeLine(x0, py, x1, py);
    }
}
