package org.jointplan.ui;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.jointplan.chart.Theme;

/**
 * The theme of every window: a pseudo-class on each window's root (":theme-dark"; none for Light) that selects the
 * theme's block of looked-up colours in palette.css. Windows opened later (dialogs, the presentation) get it as
 * they appear, so no window needs to know about themes. Switching restyles every open window at once. A pseudo-class
 * rather than a style class: a style class makes JavaFX match every selector of every node again (about 600 ms on
 * the plan screen of a 1,000-action plan), a pseudo-class only moves each node to another state of the styles it
 * already matched, which JavaFX caches. FX thread only.
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
        for (Theme theme : Theme.values()) {
            if (theme != Theme.LIGHT) {
                root.pseudoClassStateChanged(pseudoClass(theme), theme == current);
            }
        }
    }

    /** The pseudo-class that shows a root in the theme: ":theme-dark" (Light has none: it is the default). */
    static PseudoClass pseudoClass(Theme theme) {
        return PseudoClass.getPseudoClass(PREFIX + theme.code());
    }

    /** Whether this root is shown in the theme. */
    static boolean shows(Parent root, Theme theme) {
        if (theme != Theme.LIGHT) {
            return root.getPseudoClassStates().contains(pseudoClass(theme));
        }
        return java.util.Arrays.stream(Theme.values()).noneMatch(t -> t != Theme.LIGHT && shows(root, t));
    }
}
