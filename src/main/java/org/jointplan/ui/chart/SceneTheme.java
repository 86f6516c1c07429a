package org.jointplan.ui.chart;

import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.jointplan.chart.Palette;
import org.jointplan.chart.Theme;

/**
 * The theme a canvas is shown in, as its window's root says it: the window's theme is a pseudo-class on the root
 * (":theme-dark", set by ui.Themes; none for Light). Canvases paint layouts made in the light palette through
 * {@link org.jointplan.chart.ThemedLayout} in this theme, and repaint when it changes.
 */
public final class SceneTheme {
    private SceneTheme() {
    }

    /** The palette of the theme the node's window is shown in; Light when the node is in no window. */
    public static Palette palette(Node node) {
        Scene scene = node.getScene();
        Parent root = scene == null ? null : scene.getRoot();
        if (root != null) {
            for (Theme theme : Theme.values()) {
                if (theme != Theme.LIGHT && root.getPseudoClassStates().contains(pseudoClass(theme))) {
                    return Palette.of(theme);
                }
            }
        }
        return Palette.LIGHT;
    }

    static PseudoClass pseudoClass(Theme theme) {
        return PseudoClass.getPseudoClass("theme-" + theme.code());
    }

    /** Runs {@code repaint} whenever the theme of the node's window changes, or the node moves to another window. */
    public static void follow(Node node, Runnable repaint) {
        new Follower(repaint).watch(node);
    }

    /** Keeps the root's set of pseudo-classes it listens to (each call to getPseudoClassStates gives a new view). */
    private static final class Follower {
        private final Runnable repaint;
        private final SetChangeListener<PseudoClass> onStates;
        private final ChangeListener<Parent> onRoot;
        private ObservableSet<PseudoClass> states;

        Follower(Runnable repaint) {
            this.repaint = repaint;
            this.onStates = change -> repaint.run();
            this.onRoot = (obs, was, now) -> root(now);
        }

        void watch(Node node) {
            node.sceneProperty().addListener((obs, was, now) -> {
                if (was != null) {
                    was.rootProperty().removeListener(onRoot);
                }
                if (now != null) {
                    now.rootProperty().addListener(onRoot);
                }
                root(now == null ? null : now.getRoot());
            });
            if (node.getScene() != null) {
                node.getScene().rootProperty().addListener(onRoot);
                root(node.getScene().getRoot());
            }
        }

        private void root(Parent root) {
            if (states != null) {
                states.removeListener(onStates);
            }
            states = root == null ? null : root.getPseudoClassStates();
            if (states != null) {
                states.addListener(onStates);
            }
            repaint.run();
        }
    }
}
