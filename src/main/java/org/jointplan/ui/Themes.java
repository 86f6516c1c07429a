package org.jointplan.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.jointplan.chart.Theme;

/**
 * The theme of every window: a style class on each window's root ("theme-dark"; none for Light) that selects the
 * theme's block of looked-up colours in palette.css. Windows opened later (dialogs, the presentation) get it as
 * they appear, so no window needs to know about themes. Switching restyles every open window at once. FX thread only.
 */
final class Themes {
    private static final String PREFIX = "theme-";
    private static final String WATCHED = Themes.class.getName();
    private static Theme current = Theme.LIGHT;
    private static boolean watching;

    private Themes() {
    }

    static Theme current() {
        return current;
    }

    /** Shows every window, open now or later, in this theme. */
    static void apply(Theme theme) {
        current = theme;
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(Themes::watch);
                }
            });
        }
        Window.getWindows().forEach(Themes::watch);
        for (Window w : Window.getWindows()) {
            style(w.getScene());
        }
    }

    /** Follows a window's scene, and the scene's root, as they are replaced. */
    private static void watch(Window window) {
        if (window.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) != null) {
            return;
        }
        window.sceneProperty().addListener((obs, old, scene) -> style(scene));
        style(window.getScene());
    }

    private static void style(Scene scene) {
        if (scene == null) {
            return;
        }
        if (scene.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            scene.rootProperty().addListener((obs, old, root) -> style(root));
        }
        style(scene.getRoot());
    }

    private static void style(Parent root) {
        if (root == null) {
            return;
        }
        String wanted = PREFIX + current.code();
        root.getStyleClass().removeIf(c -> c.startsWith(PREFIX) && !c.equals(wanted));
        if (current != Theme.LIGHT && !root.getStyleClass().contains(wanted)) {
            root.getStyleClass().add(wanted);
        }
    }
}
