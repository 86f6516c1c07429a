package org.jointplan.ui.timeline;

import static org.jointplan.ui.timeline.Fixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class TimelineExportTest {
    /** The BRAG colours of timeline.css, as a committee's key defines them. */
    private static final Map<Status, Color> BRAG = Map.of(Status.COMPLETE, Color.web("#1d5fb4"),
            Status.ON_TRACK, Color.web("#1f7a3a"), Status.AT_RISK, Color.web("#b35c00"),
            Status.OFF_TRACK, Color.web("#b3261e"), Status.NOT_STARTED, Color.web("#5f6368"));
    private static final Color TODAY = Color.web("#6a1b9a");

    @TempDir
    Path dir;

    @Test
    void thePictureIsPrintSizedAndEachBarIsDrawnInItsStatusColourWhereItsDatesAre() {
        PlanData plan = Fixtures.sample();
        TimelinePicture picture = fx(() -> TimelineExport.render(plan,
                TimelineExport.Options.wholePlan(Fixtures.AS_AT)));
        assertEquals(3000, picture.image().getWidth());
        double height = picture.image().getHeight();
        assertTrue(height > 2000 && height < TimelineExport.MAX_HEIGHT, "height " + height);
        PixelReader pixels = picture.image().getPixelReader();
        double day = picture.xOf(LocalDate.of(2024, 6, 2)) - picture.xOf(LocalDate.of(2024, 6, 1));
        assertEquals(3000 - 2.5 * 380 - 2.5 * 24, day * 548, 1, "the 548 days of the range fill the width");
        int checked = 0;
        Map<java.util.UUID, Double> lastTop = new java.util.HashMap<>();
        for (Action a : plan.actions()) {
            Rectangle2D bar = picture.barBounds(a.id()).orElseThrow();
            assertEquals(picture.xOf(a.start()), bar.getMinX(), 1e-6);
            assertEquals(picture.xOf(a.due().plusDays(1)), bar.getMaxX(), 1e-6);
            assertTrue(bar.getMinY() > lastTop.getOrDefault(a.priorityId(), -1.0), "rows in plan order in a lane");
            lastTop.put(a.priorityId(), bar.getMinY());
            double cy = bar.getMinY() + bar.getHeight() / 2;
            if (milestoneNear(plan, a, a.start()) || bar.getWidth() < 40) {
                continue;
            }
            Color inside = pixels.getColor((int) (bar.getMinX() + 12), (int) cy);
            Color expected = a.percentComplete() * bar.getWidth() / 100 > 20 ? BRAG.get(a.status())
                    : TimelineLook.mix(Color.WHITE, BRAG.get(a.status()), 0.25);
            assertTrue(close(inside, expected), a.title() + ": " + inside + " is not " + expected);
            Color above = pixels.getColor((int) (bar.getMinX() + 12), (int) (bar.getMinY() - 6));
            assertFalse(close(above, BRAG.get(a.status())), "the bar is no taller than it should be");
            checked++;
        }
        assertTrue(checked >= 20, checked + " bars checked");
        Rectangle2D first = picture.barBounds(plan.actions().get(0).id()).orElseThrow();
        int todayX = (int) (picture.xOf(Fixtures.AS_AT) + day / 2);
        int rowY = (int) (first.getMinY() + first.getHeight() / 2);
        assertTrue(close(pixels.getColor(todayX, rowY), TODAY), "the today line is where today is");
        assertFalse(close(pixels.getColor(todayX - (int) (day * 10), rowY), TODAY));
    }

    private static boolean milestoneNear(PlanData plan, Action a, LocalDate date) {
        return plan.milestones().stream().anyMatch(m -> a.id().equals(m.actionId())
                && Math.abs(m.date().toEpochDay() - date.toEpochDay()) <= 12);
    }

    @Test
    void theCurrentFilterExportsOnlyTheMatchingActions() {
        PlanData plan = Fixtures.sample();
        TimelinePicture whole = fx(() -> TimelineExport.render(plan,
                TimelineExport.Options.wholePlan(Fixtures.AS_AT)));
        TimelineExport.Options atRisk = new TimelineExport.Options(Fixtures.AS_AT,
                a -> a.status() == Status.AT_RISK, "at risk", Set.of(), 1800, 1.5);
        TimelinePicture filtered = fx(() -> TimelineExport.render(plan, atRisk));
        assertEquals(1800, filtered.image().getWidth());
        assertTrue(filtered.image().getHeight() < whole.image().getHeight() * 1.5 / 2.5);
        for (Action a : plan.actions()) {
            assertEquals(a.status() == Status.AT_RISK, filtered.barBounds(a.id()).isPresent(), a.title());
        }
    }

    @Test
    void thePngFileIsWrittenWholeOffTheFxThreadAndReadsBackWithTheSameBars() throws Exception {
        PlanData plan = Fixtures.sample();
        Path file = dir.resolve("timeline.png");
        TimelineExport.Options options = TimelineExport.Options.wholePlan(Fixtures.AS_AT);
        Task<Path> task = fx(() -> TimelineExport.pngTask(plan, options, file));
        Thread writer = new Thread(task);
        writer.start();
        assertEquals(file, task.get());
        BufferedImage png = ImageIO.read(file.toFile());
        TimelinePicture picture = fx(() -> TimelineExport.render(plan, options));
        assertEquals(3000, png.getWidth());
        assertEquals((int) picture.image().getHeight(), png.getHeight());
        Action late = Fixtures.action(plan, "Review the local authority OT service");
        Rectangle2D bar = picture.barBounds(late.id()).orElseThrow();
        int argb = png.getRGB((int) bar.getMinX() + 12, (int) (bar.getMinY() + bar.getHeight() / 2));
        assertTrue(close(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff),
                BRAG.get(Status.OFF_TRACK)), Integer.toHexString(argb));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aPlanTooTallForOnePictureIsRefusedWithAnExplanation() {
        PlanData big = PlanGenerator.plan(2_000, 9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fx(() ->
                TimelineExport.render(big, TimelineExport.Options.wholePlan(LocalDate.of(2024, 10, 7)))));
        assertTrue(e.getMessage().contains("filter it or collapse some priorities"), e.getMessage());
        TimelineExport.Options collapsed = new TimelineExport.Options(LocalDate.of(2024, 10, 7), null, "",
                big.priorities().stream().map(p -> p.id()).collect(java.util.stream.Collectors.toSet()), 3000, 2.5);
        assertTrue(fx(() -> TimelineExport.render(big, collapsed)).image().getHeight() < 1500);
    }

    private static boolean close(Color a, Color b) {
        return TimelineGeometryTest.close(a, b);
    }
}
