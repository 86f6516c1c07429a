package org.jointplan.ui.timeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javax.imageio.ImageIO;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.UkDates;

/**
 * The timeline as a PNG picture at print resolution, for slides and committee papers: the plan's title, the "as at"
 * date and what is shown (whole plan or the current filter), a full BRAG key, then the whole timeline fitted to the
 * width. Drawing uses JavaFX and runs on the FX thread ({@link #render}); encoding and writing the file, the slow
 * part, runs in a {@link Task} ({@link #pngTask}). PDF is not offered: it would need a PDF library.
 */
public final class TimelineExport {
    /** Width of the picture in pixels: about A4 landscape at 270 dpi, or a 1920-px slide with room to crop. */
    public static final int DEFAULT_WIDTH = 3000;
    /** Tallest picture made (about 170 rows at the default scale); taller ones are refused with a message. */
    public static final int MAX_HEIGHT = 12_000;
    private static final double TILE = 2048;

    /**
     * What to export: the "as at" date, an optional filter (with words describing it, for the caption), lanes to
     * show collapsed, the width in pixels and the scale (layout pixels are {@code width / scale} wide).
     */
    public record Options(LocalDate asAt, Predicate<Action> filter, String filterDescription,
                          Set<UUID> collapsedPriorities, int width, double scale) {

        public Options {
            Objects.requireNonNull(asAt, "asAt");
            collapsedPriorities = collapsedPriorities == null ? Set.of() : Set.copyOf(collapsedPriorities);
            filterDescription = filterDescription == null ? "" : filterDescription.strip();
            if (width < 600 || scale < 1 || width / scale < 600) {
                throw new IllegalArgumentException("The picture must be at least 600 layout pixels wide.");
            }
        }

        /** The whole plan at 3,000 pixels wide, 2.5 times the screen's resolution. */
        public static Options wholePlan(LocalDate asAt) {
            return new Options(asAt, null, "", Set.of(), DEFAULT_WIDTH, 2.5);
        }

        /** What the timeline shows now: its filter and collapsed lanes, as at its today. */
        public static Options of(TimelineView view, String filterDescription) {
            return new Options(view.getShownDate(), view.getFilter(), filterDescription, view.getCollapsedPriorities(),
                    DEFAULT_WIDTH, 2.5);
        }
    }

    private TimelineExport() {
    }

    /** Draws the picture. Call on the FX thread. */
    public static TimelinePicture render(PlanData plan, Options options) {
        Objects.requireNonNull(plan, "plan");
        double width = options.width() / options.scale();
        TimelineView view = new TimelineView(plan);
        view.setToday(options.asAt());
        view.setAsAt(options.asAt()); // a picture is always "as at" its date
        view.setFilter(options.filter());
        view.getCollapsedPriorities().addAll(options.collapsedPriorities());
        view.setEditable(false);
        view.setZoom(TimelineZoom.FIT);
        new Scene(new Group(view));
        view.applyCss(); // the colours and sizes of timeline.css
        view.setViewport(0, 0, width, Double.MAX_VALUE / 4);
        double header = ExportHeader.height(view, width);
        double timeline = view.getAxisHeight() + view.rows().contentHeight();
        double logicalHeight = header + timeline + ExportHeader.MARGIN;
        int pixelHeight = (int) Math.ceil(logicalHeight * options.scale());
        if (pixelHeight > MAX_HEIGHT) {
            throw new IllegalArgumentException("The timeline is too tall for one picture (" + view.rows().size()
                    + " rows); filter it or collapse some priorities, then export again.");
        }
        view.setViewport(0, 0, width, timeline);
        view.setHorizontalOffset(0);
        view.setVerticalOffset(0);
        WritableImage image = new WritableImage(options.width(), pixelHeight);
        for (double top = 0; top < pixelHeight; top += TILE) {
            double tile = Math.min(TILE, pixelHeight - top);
            Canvas canvas = new Canvas(options.width(), tile);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setTransform(options.scale(), 0, 0, options.scale(), 0, -top);
            gc.setFill(view.look().background);
            gc.fillRect(0, 0, width, logicalHeight);
            ExportHeader.paint(gc, view, width, options);
            gc.translate(0, header);
            double from = top / options.scale() - header;
            TimelinePainter.paint(gc, view, width, timeline, from, from + tile / options.scale());
            image.getPixelWriter().setPixels(0, (int) top, options.width(), (int) tile,
                    canvas.snapshot(null, null).getPixelReader(), 0, 0);
        }
        return new TimelinePicture(image, view, options.scale(), header);
    }

    /**
     * Draws the picture now (call on the FX thread) and returns a task that writes it as a PNG file; run the task on
     * a background thread. The file appears whole or not at all (written beside it, then moved into place).
     */
    public static Task<Path> pngTask(PlanData plan, Options options, Path file) {
        BufferedImage picture = SwingFXUtils.fromFXImage(render(plan, options).image(), null);
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Writing " + file.getFileName() + " …");
                writePng(picture, file);
                return file;
            }
        };
    }

    /** Writes a picture as PNG, through a temporary file in the same folder so that no half file is left. */
    public static void writePng(BufferedImage picture, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            if (!ImageIO.write(picture, "png", part.toFile())) {
                throw new IOException("No PNG writer is available.");
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The title block above the timeline: title, strategy, "as at" and what is shown, and the key. */
    private static final class ExportHeader {
        static final double MARGIN = 16;

        static double height(TimelineView view, double width) {
            Canvas scratch = new Canvas(1, 1);
            return paint(scratch.getGraphicsContext2D(), view, width, null);
        }

        static double paint(GraphicsContext gc, TimelineView view, double width, Options options) {
            TimelineLook look = view.look();
            String family = view.theme().fontFamily.getValue();
            Font title = Font.font(family, FontWeight.BOLD, 22);
            Font line = Font.font(family, FontWeight.NORMAL, 14);
            PaintContext c = new PaintContext(gc, view, width, 0, 0, 0, false);
            PlanData plan = view.getPlan();
            double y = MARGIN;
            c.text(plan.plan().title(), MARGIN, y + 14, title, look.text);
            y += 34;
            String shown = options == null || options.filter() == null ? "Whole plan"
                    : options.filterDescription().isEmpty() ? "Filtered" : "Filtered: " + options.filterDescription();
            String subtitle = (plan.plan().strategy().isEmpty() ? "" : plan.plan().strategy() + "  ·  ")
                    + "As at " + UkDates.prose(view.getShownDate()) + "  ·  " + shown;
            c.text(TextFit.of(line).ellipsize(subtitle, width - 2 * MARGIN), MARGIN, y + 9, line, look.mutedText);
            y += 28;
            y += BragKeyPainter.paint(c, MARGIN, y, width - 2 * MARGIN, line, 22, false);
            return y + 10;
        }
    }
}
