package org.jointplan.ui.timeline;

import static org.jointplan.ui.timeline.Fixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.Palette;
import org.jointplan.chart.Theme;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The timeline paints in the window's palette, whichever theme the window's root names, and keeps the light palette
 * where no palette is given; the words on each bar's fill read; the key gives colour words and the overdue mark in
 * the bars' overdue colour.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineThemeTest {
    private static final String PALETTE = Objects.requireNonNull(
            TimelineThemeTest.class.getResource("/org/jointplan/ui/palette.css")).toExternalForm();

    @Test
    void aTimelineWithoutThePaletteKeepsTheLightPalettesColours() {
        fx(() -> {
            TimelineView view = new TimelineView(Fixtures.sample());
            new Scene(new StackPane(view), 800, 400);
            view.applyCss();
            assertLooksLike(Palette.LIGHT, view.theme().look());
        });
    }

    @Test
    void theTimelineTakesEachThemesPaletteFromTheWindowsRoot() {
        for (Theme theme : Theme.values()) {
            fx(() -> {
                TimelineView view = new TimelineView(Fixtures.sample());
                StackPane root = new StackPane(view);
                if (theme != Theme.LIGHT) {
                    root.pseudoClassStateChanged(PseudoClass.getPseudoClass("theme-" + theme.code()), true);
                }
                Scene scene = new Scene(root, 800, 400);
                scene.getStylesheets().add(PALETTE);
                view.applyCss();
                assertLooksLike(Palette.of(theme), view.theme().look());
            });
        }
    }

    @Test
    void theWindowsKeyGivesColourWordsInThePlansTermsAndTheOverdueMarkInTheBarsColour() {
        BragKey key = BragKey.DEFAULT.with(Status.ON_TRACK, "On plan", "");
        List<String> words = BragKeyPainter.words(key, true);
        assertTrue(words.containsAll(List.of("Amber: at risk", "Green: on plan", "Red: off track")), words.toString());
        fx(() -> {
            org.jointplan.ui.timeline.BragKey nodes = new org.jointplan.ui.timeline.BragKey(key, true, true);
            TimelineView view = new TimelineView(Fixtures.sample());
            Scene scene = new Scene(new VBox(view, nodes), 800, 400);
            scene.getStylesheets().add(PALETTE);
            view.applyCss();
            nodes.applyCss();
            Label overdue = (Label) nodes.lookup(".brag-mark-overdue");
            assertEquals(view.theme().look().overdue, overdue.getTextFill(), "the key's overdue mark");
            assertTrue(nodes.lookupAll(".brag-key-text").stream().map(n -> ((Label) n).getText()).toList()
                    .contains("Amber: at risk"));
        });
    }

    private static void assertLooksLike(Palette palette, TimelineLook look) {
        for (Status s : Status.values()) {
            assertEquals(colour(palette.fill(s)), look.solid.get(s), palette.theme() + " fill of " + s);
            assertEquals(colour(palette.textOn(s)), look.onSolid(s), palette.theme() + " words on " + s);
            assertEquals(colour(palette.edge(s)), look.edge(s), palette.theme() + " edge of " + s);
        }
        assertEquals(colour(palette.overdue()), look.overdue, palette.theme() + " overdue");
        assertEquals(colour(palette.surface()), look.background, palette.theme() + " background");
        assertEquals(colour(palette.text()), look.text, palette.theme() + " text");
    }

    private static Color colour(ChartColour c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }
}
