package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;

/** The window's CSS mirrors the one source of the status colours, so the window and every export agree. */
class StatusColoursTest {
    @Test
    void theWindowsStylesheetsGiveEachStatusTheSameColourAsEveryExport() throws IOException {
        String window = css("/org/jointplan/ui/jointplan.css");
        String timeline = css("/org/jointplan/ui/timeline/timeline.css");
        Map<Status, String[]> names = Map.of(Status.COMPLETE, new String[] {"-jp-blue", "-tl-complete-color"},
                Status.ON_TRACK, new String[] {"-jp-green", "-tl-on-track-color"},
                Status.AT_RISK, new String[] {"-jp-amber", "-tl-at-risk-color"},
                Status.OFF_TRACK, new String[] {"-jp-red", "-tl-off-track-color"},
                Status.NOT_STARTED, new String[] {"-jp-grey", "-tl-not-started-color"});
        for (var e : names.entrySet()) {
            String hex = StatusColours.of(e.getKey()).hex();
            assertTrue(window.contains(e.getValue()[0] + ": " + hex), e.getValue()[0] + " should be " + hex);
            assertTrue(timeline.contains(e.getValue()[1] + ": " + hex), e.getValue()[1] + " should be " + hex);
            assertTrue(StatusColours.of(e.getKey()).contrastOnWhite() >= 4.5, "white text on " + hex);
        }
    }

    private static String css(String resource) throws IOException {
        try (InputStream in = StatusColoursTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }
    }
}
