package org.jointplan.ui;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.jointplan.chart.Theme;
import org.jointplan.service.Appearance;

/**
 * View > Theme: Light, Dark or High contrast, switched at once in every window and remembered in the store's
 * settings. With no choice made yet, the window follows the system's high-contrast setting where it can tell.
 */
final class ThemeChooser {
    private static final Logger LOG = Logger.getLogger(ThemeChooser.class.getName());
    private static final Map<Theme, StandardActions> ITEMS = Map.of(Theme.LIGHT, StandardActions.THEME_LIGHT,
            Theme.DARK, StandardActions.THEME_DARK, Theme.HIGH_CONTRAST, StandardActions.THEME_HIGH_CONTRAST);
    private static Boolean systemHighContrast;

    private final OpenPlan open;

    ThemeChooser(OpenPlan open) {
        this.open = open;
    }

    /** The theme saved on this store, else the system's high contrast, else Light; read in the background. */
    void restore() {
        open.tasks().run(() -> Appearance.savedTheme(open.workspace().store()).orElseGet(ThemeChooser::systemTheme),
                Themes::apply, failure -> LOG.log(Level.INFO, "The saved theme was not read", failure));
    }

    /** Shows every window in the theme at once, and keeps the choice in the background. */
    void choose(Theme theme) {
        Themes.apply(theme);
        open.tasks().run(() -> {
            Appearance.saveTheme(open.workspace().store(), theme);
            return null;
        }, done -> { }, failure -> LOG.log(Level.INFO, "The theme was shown but not remembered", failure));
    }

    Menu menu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(StandardActions.THEME.text());
        menu.setMnemonicParsing(true);
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = ActionFactory.configure(new RadioMenuItem(), ITEMS.get(theme), () -> choose(theme));
            item.setToggleGroup(group);
            menu.getItems().add(item);
        }
        menu.setOnShowing(e -> group.getToggles().get(Themes.current().ordinal()).setSelected(true));
        return menu;
    }

    private static synchronized Theme systemTheme() {
        if (systemHighContrast == null) {
            systemHighContrast = SystemContrast.isHighContrast();
        }
        return systemHighContrast ? Theme.HIGH_CONTRAST : Theme.LIGHT;
    }
}
