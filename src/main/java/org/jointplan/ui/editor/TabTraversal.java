package org.jointplan.ui.editor;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Tab and Shift+Tab leave a multi-line field as they leave any other field, instead of typing a tab character there
 * (a keyboard trap: nothing said that only Ctrl+Tab left). Ctrl+Tab types a tab, for the rare text that wants one.
 * The move itself is the text area's own Ctrl+Tab traversal, so focus goes exactly where JavaFX sends it.
 */
public final class TabTraversal {
    private static final String INSTALLED = TabTraversal.class.getName();
    private static boolean everywhere;
    private static boolean moving;

    private TabTraversal() {
    }

    /** Once per application: every window's scene, now and later (dialogs and settings windows too). */
    public static void installEverywhere() {
        if (everywhere) {
            return;
        }
        everywhere = true;
        Window.getWindows().forEach(TabTraversal::install);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(TabTraversal::install);
            }
        });
    }

    private static void install(Window window) {
        if (window.getScene() != null) {
            install(window.getScene());
        }
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                install(scene);
            }
        });
    }

    /** On one scene; a second call changes nothing. */
    public static void install(Scene scene) {
        if (scene.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, TabTraversal::pressed);
    }

    private static void pressed(KeyEvent e) {
        if (moving || e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()
                || !(e.getTarget() instanceof TextArea area)) {
            return;
        }
        e.consume();
        if (e.isControlDown()) {
            if (area.isEditable() && !e.isShiftDown()) {
                area.replaceSelection("\t");
            }
            return;
        }
        moving = true;
        try {
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                    false));
        } finally {
            moving = false;
        }
    }
}
