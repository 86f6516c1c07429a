package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jointplan.domain.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's one stylesheet of looked-up colours (ui/palette.css) holds exactly the palette's colours in each theme,
 * so the window and every export agree; the contrast figures hold for the values the window really reads; and the
 * other stylesheets take every colour from it.
 */
class PaletteCssTest {
    private static final Pattern COLOUR = Pattern.compile("(-jp-[a-z-]+):\\s*(#[0-9a-f]{6});");

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theStylesheetDefinesExactlyThePalettesColoursInEachTheme(Theme theme) throws IOException {
        Map<String, String> css = block(theme);
        Map<String, String> palette = new LinkedHashMap<>();
        Palette.of(theme).lookedUpColours().forEach((name, colour) -> palette.put(name, colour.hex()));
        assertEquals(palette, css, theme + ": ui/palette.css and chart.Swatch disagree");
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theWindowsOwnValuesKeepAmberApartAndTheWordsOnFillsReadable(Theme theme) throws IOException {
        Map<String, String> css = block(theme);
        ChartColour amber = colour(css, "-jp-status-amber");
        assertTrue(amber.contrastWith(colour(css, "-jp-status-red")) >= 2.5, theme + ": amber against red");
        assertTrue(amber.contrastWith(colour(css, "-jp-status-green")) >= 2.5, theme + ": amber against green");
        for (Status s : Status.values()) {
            String word = s.bragColour().toLowerCase(Locale.ROOT);
            double ratio = colour(css, "-jp-text-on-" + word).contrastWith(colour(css, "-jp-status-" + word));
            assertTrue(ratio >= 4.5, theme + ": words on " + word + " read at " + ratio);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jointplan.css", "timeline/timeline.css", "measures/measures.css",
        "present/presentation.css"})
    void theOtherStylesheetsTakeEveryColourFromThePalette(String stylesheet) throws IOException {
        String css = read("/org/jointplan/ui/" + stylesheet).replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher raw = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|:\\s*(white|black)\\b").matcher(css);
        List<String> found = raw.results().map(m -> m.group()).toList();
        assertTrue(found.isEmpty(), stylesheet + " has colours of its own: " + found);
    }

    private static ChartColour colour(Map<String, String> css, String name) {
        return ChartColour.hex(Objects.requireNonNull(css.get(name), name));
    }

    /** The -jp- colours of one theme's block: ".root" for Light, ".root:theme-dark" and so on for the others. */
    private static Map<String, String> block(Theme theme) throws IOException {
        String selector = theme == Theme.LIGHT ? ".root" : ".root:theme-" + theme.code();
        String css = read("/org/jointplan/ui/palette.css");
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + ",[^{]*\\{([^}]*)}").matcher(css);
        assertTrue(m.find(), "a block for " + selector);
        Map<String, String> colours = new LinkedHashMap<>();
        COLOUR.matcher(m.group(1).toLowerCase(Locale.ROOT)).results()
                .forEach(r -> colours.put(r.group(1), r.group(2)));
        return colours;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PaletteCssTest.class.getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
