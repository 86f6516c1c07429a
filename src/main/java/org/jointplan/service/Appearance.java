package org.jointplan.service;

import java.util.Objects;
import java.util.Optional;
import org.jointplan.chart.Theme;
import org.jointplan.store.Store;

/** The window's theme, as chosen in View > Theme, kept in the store's settings with the user's name. */
public final class Appearance {
    static final String THEME = "ui.theme";

    private Appearance() {
    }

    /** The theme chosen on this store, if one was (a name this version does not know counts as none). */
    public static Optional<Theme> savedTheme(Store store) {
        return store.setting(THEME).flatMap(Theme::fromCode);
    }

    public static void saveTheme(Store store, Theme theme) {
        Objects.requireNonNull(theme);
        store.write("the theme", w -> w.saveSetting(THEME, theme.code()));
    }
}
