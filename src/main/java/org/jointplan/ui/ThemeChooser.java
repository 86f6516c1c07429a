package org.jointplan.ui;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
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

    private final OpenPlan open;
    private boolean chosen; // FX thread

    ThemeChooser(OpenPlan open) {
        this.open = open;
    }

    /**
     * The theme saved on this store, else the system's high contrast, else Light. The saved choice is read on the
     * store's thread; the system is asked (a process of its own, tens of milliseconds) on a thread of its own, so
     * that neither the first frame nor the plan's loading waits for it. Light is already showing, so nothing is
     * restyled unless the answer differs.
     */
    void restore() {
        open.tasks().run(() -> Appearance.savedTheme(open.workspace().store()), saved -> {
            if (saved.isPresent()) {
                Themes.apply(saved.get());
            } else {
                followSystem();
            }
        }, failure -> LOG.log(Level.INFO, "The saved theme was not read", failure));
    }

    private void followSystem() {
        Thread asker = new Thread(() -> {
            if (SystemContrast.isHighContrast()) {
                Platform.runLater(() -> {
                    if (!chosen) { // the officer's own choice, made meanwhile, wins
                        Themes.apply(Theme.HIGH_CONTRAST);
                    }
                });
            }
        }, "system-contrast");
        asker.setDaemon(true);
        asker.setPriority(Thread.MIN_PRIORITY);
        asker.start();
    }

    /** Shows every window in the theme at once, and keeps the choice in the background. */
    void choose(Theme theme) {
        chosen = true;
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
}
