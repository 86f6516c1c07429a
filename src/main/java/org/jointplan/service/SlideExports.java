package org.jointplan.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jointplan.chart.ChartFiles;
import org.jointplan.chart.slides.Slide;
import org.jointplan.chart.slides.SlideChoice;
import org.jointplan.chart.slides.SlideDeck;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ValidationException;

/**
 * The presentation's slides as PNG pictures, one per slide, for the officer's PowerPoint pack: laid out by the same
 * {@link SlideDeck} as the screen, at a chosen size in pixels, and painted with java.awt alone (no display needed).
 * Each file is written whole ("01 Whole plan.png", "02 Priority 1 of 5, SLCN.png", …), replacing a file of that
 * name; a refused size or folder writes nothing.
 */
public final class SlideExports {
    /** A picture size in pixels: from a small projector's 320 x 240 to 8K's 7680 x 4320. */
    public record Size(int width, int height) {
        public Size {
            if (width < 320 || height < 240 || width > 7680 || height > 4320) {
                throw new ValidationException("Slides are from 320x240 to 7680x4320 pixels; choose a size in"
                        + " between, such as 1920x1080.");
            }
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    private static final Pattern SIZE = Pattern.compile("\\s*(\\d{1,5})\\s*[x\u00d7X]\\s*(\\d{1,5})\\s*");

    private SlideExports() {
    }

    /** Reads "1920x1080" (or "1920 × 1080"). */
    public static Size size(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new ValidationException("'" + (text == null ? "" : text.strip()) + "' is not a size; write it as"
                    + " WIDTHxHEIGHT in pixels, such as 1920x1080.");
        }
        return new Size(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Writes every slide of the plan into the folder (made when missing), one PNG each. */
    public static List<Path> write(ReportPosition position, Size size, Path folder) {
        return write(position, SlideChoice.all(position.plan()), size, folder);
    }

    /**
     * Writes the chosen slides into the folder (made when missing), one PNG each.
     *
     * @return the files written, in slide order
     */
    public static List<Path> write(ReportPosition position, SlideChoice choice, Size size, Path folder) {
        if (choice.none()) {
            throw new ValidationException("No slides are chosen; choose at least one to export.");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ValidationException(folder + " is a file; choose a folder for the slides.");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ValidationException("The folder " + folder + " cannot be made; choose another place for the"
                    + " slides.");
        }
        // drawn one at a time and let go once written: a big plan's deck is thousands of slides
        List<Slide> slides = new ArrayList<>(SlideDeck.lay(position, choice, size.width(), size.height()));
        List<Path> written = new ArrayList<>(slides.size());
        int digits = slides.size() >= 100 ? 3 : 2;
        for (int i = 0; i < slides.size(); i++) {
            Path file = folder.resolve(fileName(i + 1, digits, slides.get(i).caption()));
            AtomicFile.write(file, ChartFiles.png(slides.get(i).layout(), 1), "slide");
            slides.set(i, null);
            written.add(file);
        }
        return written;
    }

    /** "02 Priority 1 of 5, SLCN.png": the number keeps them in order, the caption says what each shows. */
    static String fileName(int number, int digits, String caption) {
        String safe = caption.replace(':', ',').replaceAll("[^\\p{L}\\p{N} ,.()'&+-]", " ")
                .replaceAll("\\s+", " ").strip();
        if (safe.length() > 80) {
            safe = safe.substring(0, 80).strip();
        }
        while (safe.endsWith(".")) {
            safe = safe.substring(0, safe.length() - 1); // Windows drops a final dot
        }
        return String.format(Locale.ROOT, "%0" + digits + "d %s.png", number, safe);
    }
}
