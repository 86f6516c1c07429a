package org.jointplan.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.jointplan.chart.ChartLayout;
import org.jointplan.chart.ChartMode;
import org.jointplan.chart.ChartSeries;
import org.jointplan.chart.Drawing;
import org.jointplan.chart.Role;
import org.jointplan.chart.TypeScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MeasureChartViewTest {
    private static final ChartSeries EHC = ChartSeries.of("% of new EHC plans issued within 20 weeks", "%", 1,
            List.of("Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024", "Jul 2024"),
            List.of(28.8, 36.1, 29.7, 41.3, 39.8, 42.7, 36.6)).withTarget(40);
    private MeasureChartView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new MeasureChartView();
        stage.setScene(new Scene(new StackPane(view), 900, 450));
        stage.setMinWidth(0); // the primary stage is shared: an earlier test's main window may have sized it
        stage.setMinHeight(0);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theChartIsRedrawnWhenItsSeriesModeTypeScaleOrSizeChanges(FxRobot robot) {
        assertNull(view.getChartLayout(), "no series, no chart");
        robot.interact(() -> view.setSeries(EHC));
        ChartLayout line = view.getChartLayout();
        assertEquals(view.getWidth(), line.width(), 1e-9);
        assertEquals(view.getHeight(), line.height(), 1e-9);
        assertTrue(line.withRole(Role.MEAN).isEmpty());
        assertEquals(line.description(), view.getAccessibleText());
        Drawing.Marker july = line.of(Drawing.Marker.class, Role.POINT).get(6);
        assertEquals(Color.rgb(0, 94, 184), pixel(july.x(), july.y()), "the July point is painted where laid out");

        robot.interact(() -> view.setMode(ChartMode.SPC));
        ChartLayout spc = view.getChartLayout();
        assertEquals(1, spc.withRole(Role.MEAN).size());
        Drawing.Marker spcJuly = spc.of(Drawing.Marker.class, Role.POINT).get(6);
        assertEquals(Color.web("#a6a6a6"), pixel(spcJuly.x(), spcJuly.y()), "now in the common cause grey");

        robot.interact(() -> view.setTypeScale(TypeScale.PRESENTATION));
        assertTrue(view.getChartLayout().textSize() > spc.textSize());

        robot.interact(() -> view.setSeries(EHC.withTarget(45)));
        assertNotEquals(spc.description(), view.getChartLayout().description());
        assertTrue(view.getChartLayout().description().contains("Target: 45.0%"));

        double wide = view.getWidth();
        robot.interact(() -> stage.setWidth(wide - 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(view.getWidth(), view.getChartLayout().width(), 1e-9);
        assertTrue(view.getChartLayout().width() < wide, "laid out again at the narrower width");

        assertEquals(Color.WHITE, pixel(3, 3), "the chart's white margin");
        robot.interact(() -> view.setSeries(null));
        assertNull(view.getChartLayout());
        assertEquals(Color.TRANSPARENT, pixel(3, 3), "the old chart is cleared");
    }

    private Color pixel(double x, double y) {
        WritableImage[] shot = new WritableImage[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            shot[0] = view.snapshot(p, null);
        });
        return shot[0].getPixelReader().getColor((int) x, (int) y);
    }
}
