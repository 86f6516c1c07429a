package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** measure chart writes a measure's chart, as a line or in SPC mode, to a PNG or an SVG file. */
class MeasureChartCliTest extends MeasureCliBase {

    @Test
    void aLineChartIsWrittenAsAPng() throws Exception {
        Path png = dir.resolve("ehc.png");
        Cli.Result result = ok("measure", "chart", EHC_PLANS, "--out", png.toString());
        assertTrue(result.out().contains("ehc.png"), result.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1200 && image.getHeight() >= 600, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void anSpcChartIsWrittenAsAnSvgWithItsWords() throws Exception {
        Path svg = dir.resolve("ehc.svg");
        ok("measure", "chart", EHC_PLANS, "--spc", "--out", svg.toString());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        assertTrue(text.contains("% of new EHC plans issued within 20 weeks"));
        assertTrue(text.contains("Common cause") || text.contains("common cause"), "the variation icon's words");
    }

    @Test
    void aChartThatCannotBeWrittenChangesNothing() throws Exception {
        assertRefused(2, ".png or .svg", "measure", "chart", EHC_PLANS, "--out", dir.resolve("ehc.pdf").toString());
        assertRefused(1, "does not exist", "measure", "chart", EHC_PLANS, "--out",
                dir.resolve("no/such/folder/ehc.png").toString());
        String id = add("--name", "Nothing yet", "--better", "higher");
        assertRefused(1, "has no figures yet", "measure", "chart", id, "--out", dir.resolve("none.png").toString());
        assertFalse(Files.exists(dir.resolve("ehc.pdf")));
        assertFalse(Files.exists(dir.resolve("none.png")));
        assertEquals(0, Files.list(dir).filter(p -> p.toString().endsWith(".part")).count());
    }
}
