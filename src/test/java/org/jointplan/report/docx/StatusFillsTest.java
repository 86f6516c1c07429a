package org.jointplan.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jointplan.chart.ChartColour;
import org.jointplan.chart.StatusColours;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;

/** A status cell in Word: the one palette's fill, and words that read on it (dark on amber). */
class StatusFillsTest {
    @Test
    void eachStatusCellsWordsReadOnItsFill() {
        for (Status s : Status.values()) {
            assertEquals(StatusColours.of(s).hex(), "#" + StatusFills.fill(s).toLowerCase(java.util.Locale.ROOT));
            double ratio = ChartColour.hex("#" + StatusFills.text(s)).contrastWith(
                    ChartColour.hex("#" + StatusFills.fill(s)));
            assertTrue(ratio >= 4.5, s + " words read at " + ratio);
        }
    }
}
