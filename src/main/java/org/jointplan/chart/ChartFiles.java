package org.jointplan.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Writes a chart to a file whose name says the format: ".png" (at a chosen number of pixels per layout unit) or
 * ".svg". The file appears whole or not at all: it is written beside its place, then moved there. A name that is
 * refused (another extension, a folder, a folder that does not exist) changes nothing on disk.
 */
public final class ChartFiles {
    /** A committee paper's chart: laid out 900 x 450 in the window's type and written at twice that in pixels. */
    public static final double PAPER_WIDTH = 900;
    public static final double PAPER_HEIGHT = 450;
    public static final double PAPER_PIXELS_PER_UNIT = 2;
    /** The most pixels a PNG may have (about 8,000 x 5,000). */
    public static final double MAX_PIXELS = 40_000_000;

    /** The picture formats a chart can be written in, by file extension. */
    public enum Format { PNG, SVG }

    private ChartFiles() {
    }

    /** The format a file name asks for. */
    public static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") && name.length() > 4) {
            return Format.PNG;
        }
        if (name.endsWith(".svg") && name.length() > 4) {
            return Format.SVG;
        }
        throw new IllegalArgumentException("Choose a file name ending in .png or .svg for the chart.");
    }

    /** Writes a series' chart at the committee paper's size: an 1800 x 900 PNG, or a 900 x 450 SVG. */
    public static void write(ChartSeries series, ChartMode mode, Path file) throws IOException {
        formatOf(file);
        write(MeasureChart.layout(series, mode, PAPER_WIDTH, PAPER_HEIGHT, TypeScale.WINDOW), file,
                PAPER_PIXELS_PER_UNIT);
    }

    /**
     * Writes the chart. {@code pixelsPerUnit} sizes a PNG (2 gives a 1800 x 900 picture of a 900 x 450 layout); an
     * SVG is written at the layout's size and scales without loss.
     *
     * @throws IllegalArgumentException when the name is not a .png or .svg file
     * @throws IOException              when the folder is missing or cannot be written (nothing is changed)
     */
    public static void write(ChartLayout chart, Path file, double pixelsPerUnit) throws IOException {
        Format format = formatOf(file);
        if (!(pixelsPerUnit > 0) || chart.width() * chart.height() * pixelsPerUnit * pixelsPerUnit > MAX_PIXELS) {
            throw new IllegalArgumentException("The chart picture would be too large; choose a smaller size.");
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("The folder " + dir + " does not exist; choose another place for the chart.");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target.getFileName() + " is a folder; choose a file name for the chart.");
        }
        Path part = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            if (format == Format.PNG) {
                if (!ImageIO.write(AwtChartPainter.image(chart, pixelsPerUnit), "png", part.toFile())) {
                    throw new IOException("No PNG writer is available.");
                }
            } else {
                Files.writeString(part, SvgChartWriter.svg(chart), StandardCharsets.UTF_8);
            }
            move(part, target);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * The chart as PNG bytes at {@code pixelsPerUnit}, encoded in memory (ImageIO's default cache would write a
     * temporary file).
     */
    public static byte[] png(ChartLayout chart, double pixelsPerUnit) {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (javax.imageio.stream.ImageOutputStream out = new javax.imageio.stream.MemoryCacheImageOutputStream(png)) {
            writer.setOutput(out);
            writer.write(AwtChartPainter.image(chart, pixelsPerUnit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return png.toByteArray();
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
