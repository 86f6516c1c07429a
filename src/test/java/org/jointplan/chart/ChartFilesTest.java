package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {
    @TempDir
    Path dir;

    @Test
    void aPngIsWrittenAtTheChosenSizeWithTheMeanLineWhereTheLayoutPutsIt() throws IOException {
        ChartLayout chart = MeasureChart.layout(ChartSamples.shiftAndRebase(), ChartMode.SPC, 900, 450,
                TypeScale.WINDOW);
        Path file = dir.resolve("reviews.PNG");
        ChartFiles.write(chart, file, 2);
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(1800, png.getWidth());
        assertEquals(900, png.getHeight());
        Drawing.Line mean = chart.of(Drawing.Line.class, Role.MEAN).get(0);
        int y = (int) Math.round(mean.y1() * 2);
        int dark = 0;
        int darkBelow = 0;
        int samples = 0;
        for (double x = mean.x1() + 4; x < mean.x2() - 4; x += 3) {
            samples++;
            dark += luminance(png.getRGB((int) (x * 2), y)) < 90 ? 1 : 0;
            darkBelow += luminance(png.getRGB((int) (x * 2), y + 14)) < 90 ? 1 : 0;
        }
        assertTrue(dark > samples * 0.6, dark + " of " + samples + " pixels along the mean are dark");
        assertTrue(darkBelow < samples * 0.2, darkBelow + " of " + samples + " pixels 7 units below are dark");
        assertEquals(0xffffff, png.getRGB(2, 2) & 0xffffff, "the background is white");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void anSvgIsWrittenByItsExtensionAndReplacesAnOlderFileWhole() throws IOException {
        ChartLayout chart = MeasureChart.layout(ChartSamples.ehcPlans(), ChartMode.LINE, 900, 450, TypeScale.WINDOW);
        Path file = dir.resolve("ehc.svg");
        Files.writeString(file, "old");
        ChartFiles.write(chart, file, 1);
        assertEquals(SvgChartWriter.svg(chart), Files.readString(file));
    }

    @Test
    void aRefusedNameChangesNothing() throws IOException {
        ChartLayout chart = MeasureChart.layout(ChartSamples.ehcPlans(), ChartMode.LINE, 900, 450, TypeScale.WINDOW);
        Path kept = dir.resolve("chart.pdf");
        Files.writeString(kept, "kept");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.write(chart, kept, 1));
        assertEquals("Choose a file name ending in .png or .svg for the chart.", wrong.getMessage());
        assertEquals("kept", Files.readString(kept));
        Files.createDirectory(dir.resolve("folder.png"));
        IOException folder = assertThrows(IOException.class, () -> ChartFiles.write(chart, dir.resolve("folder.png"),
                1));
        assertEquals("folder.png is a folder; choose a file name for the chart.", folder.getMessage());
        IOException missing = assertThrows(IOException.class, () -> ChartFiles.write(chart,
                dir.resolve("nowhere").resolve("c.svg"), 1));
        assertTrue(missing.getMessage().endsWith("does not exist; choose another place for the chart."));
        assertFalse(Files.exists(dir.resolve("nowhere")));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "only the kept file and the folder");
        }
    }

    private static int luminance(int rgb) {
        return (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
    }
}
