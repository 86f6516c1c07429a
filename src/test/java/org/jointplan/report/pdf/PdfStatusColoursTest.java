package org.jointplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jointplan.chart.ChartColour;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;

/** A status cell in the PDF: words that read on its fill (dark on amber). */
class PdfStatusColoursTest {
    @Test
    void eachStatusCellsWordsReadOnItsFill() {
        for (Status s : Status.values()) {
            double ratio = rgb(PdfColours.textOn(s)).contrastWith(rgb(PdfColours.of(s)));
            assertTrue(ratio >= 4.5, s + " words read at " + ratio);
        }
    }

    private static ChartColour rgb(int rgb) {
        return new ChartColour((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
