package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.jointplan.chart.Theme;
import org.jointplan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chosen theme is kept in the store's settings; a store that names none, or one unknown here, has none. */
class AppearanceTest {
    @TempDir
    Path dir;

    @Test
    void theChosenThemeIsRememberedAndAnUnknownOneIsIgnored() {
        try (Store store = Store.open(dir.resolve("plans.sqlite"))) {
            assertEquals(Optional.empty(), Appearance.savedTheme(store), "nothing chosen yet");
            Appearance.saveTheme(store, Theme.HIGH_CONTRAST);
            assertEquals(Optional.of(Theme.HIGH_CONTRAST), Appearance.savedTheme(store));
            store.saveSetting(Appearance.THEME, "sepia"); // written by a later version
            assertEquals(Optional.empty(), Appearance.savedTheme(store));
        }
    }
}
