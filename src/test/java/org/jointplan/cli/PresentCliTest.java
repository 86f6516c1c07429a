package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** present --export writes the slides as PNGs, one per slide, at the size asked, or refuses in one sentence. */
class PresentCliTest {
    private static final String TITLE = "Joint SEND Commissioning Delivery Plan 2024/25";

    @TempDir
    Path dir;
    private Path store;

    @BeforeEach
    void sampleStore() {
        store = dir.resolve("plan.sqlite");
        assertEquals(0, run("check").code());
    }

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    private static List<Path> pngs(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void everySlideIsWrittenAsAPictureOfTheSizeAskedInSlideOrder() throws Exception {
        Path out = dir.resolve("slides");
        Cli.Result result = run("present", "--export", out.toString(), "--size", "1366x768", "--as-at",
                "2024-11-30");
        assertEquals(0, result.code(), result.err());
        List<Path> files = pngs(out);
        assertEquals("Wrote " + files.size() + " slides of '" + TITLE + "' as at 30/11/2024, 1366x768 pixels, to "
                + out + "." + System.lineSeparator(), result.out());
        assertTrue(files.size() > 10, files.toString());
        assertEquals("01 Whole plan, 5 priorities.png", files.get(0).getFileName().toString());
        assertTrue(files.get(1).getFileName().toString().startsWith("02 Priority 1 of 5, SLCN"), files.toString());
        for (Path f : files) {
            BufferedImage image = ImageIO.read(f.toFile());
            assertEquals(1366, image.getWidth(), f.toString());
            assertEquals(768, image.getHeight(), f.toString());
        }
    }

    @Test
    void aBadSizeOrAFileInPlaceOfTheFolderIsRefusedAndWritesNothing() throws Exception {
        Path out = dir.resolve("slides");
        Cli.Result bad = run("present", "--export", out.toString(), "--size", "big");
        assertEquals(2, bad.code());
        assertEquals("'big' is not a size; write it as WIDTHxHEIGHT in pixels, such as 1920x1080."
                + System.lineSeparator(), bad.err());
        Cli.Result small = run("present", "--export", out.toString(), "--size", "100x100");
        assertEquals(2, small.code());
        assertTrue(small.err().startsWith("Slides are from 320x240 to 7680x4320 pixels"), small.err());
        assertFalse(Files.exists(out), "nothing written");
        Path file = dir.resolve("a file");
        Files.writeString(file, "mine");
        Cli.Result onFile = run("present", "--export", file.toString(), "--size", "1024x768");
        assertEquals(1, onFile.code());
        assertEquals(file + " is a file; choose a folder for the slides." + System.lineSeparator(), onFile.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void withoutExportItSaysWhereToPresent() {
        Cli.Result result = run("present");
        assertEquals(1, result.code());
        assertTrue(result.err().startsWith("The presentation is shown in the window"), result.err());
    }
}
