package org.jointplan.report.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.StatusColours;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;

/** The page's status cells take the one palette's fill and the words that read on it (dark on amber). */
class StatusCellColoursTest {
    @Test
    void eachStatusCellHasThePalettesFillAndWordsAtFourAndAHalfToOne() {
        String css = HtmlStyle.css();
        for (Status s : Status.values()) {
            Matcher m = Pattern.compile("td\\." + HtmlStyle.cssName(s)
                    + " \\{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6}); }").matcher(css);
            assertTrue(m.find(), "a rule for " + s + " in " + css);
            assertTrue(m.group(1).equals(StatusColours.of(s).hex()), s + " fill");
            double ratio = ChartColour.hex(m.group(2)).contrastWith(ChartColour.hex(m.group(1)));
            assertTrue(ratio >= 4.5, s + " words read at " + ratio);
        }
    }
}
