package org.jointplan.report.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.StatusColours;
import org.jointplan.domain.Status;

/** The report's colours as PDF fill and stroke operators; words on a status colour read at 4.5:1 or better. */
final class PdfColours {
    static final int INK = 0x1b1f24;
    static final int MUTED = 0x4a4f55;
    static final int HEADER_FILL = 0xe8eaed;
    static final int RULE = 0xb0b6bd;
    private static final Map<Integer, String> FILLS = new ConcurrentHashMap<>();
    private static final Map<Integer, String> STROKES = new ConcurrentHashMap<>();

    private PdfColours() {
    }

    /** The plan's one palette of BRAG colours (chart.StatusColours), as the window and the timeline show them. */
    static int of(Status status) {
        ChartColour c = StatusColours.of(status);
        return c.red() << 16 | c.green() << 8 | c.blue();
    }

    /** The colour of words on the status's fill: white, or dark on amber. */
    static int textOn(Status status) {
        ChartColour c = StatusColours.textOn(status);
        return c.red() << 16 | c.green() << 8 | c.blue();
    }

    /** The operator that fills in the status's colour, as written into page content. */
    static String fillOperator(Status status) {
        return fill(of(status));
    }

    static String fill(int rgb) {
        return FILLS.computeIfAbsent(rgb, c -> components(c) + " rg\n");
    }

    static String stroke(int rgb) {
        return STROKES.computeIfAbsent(rgb, c -> components(c) + " RG\n");
    }

    private static String components(int rgb) {
        return String.format(Locale.ROOT, "%.4f %.4f %.4f", ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                (rgb & 0xff) / 255.0);
    }
}
