package org.jointplan.testsupport;

import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * Types text key by key through the (Monocle) keyboard, as a person types it, into the window the keyboard really
 * goes to.
 *
 * <p>Why not {@code FxRobot.write}: it fires KEY_TYPED events straight into the scene of the first window whose
 * {@code isFocused()} is true. Headless Monocle gives a newly shown window the focus but never tells the window
 * before that it lost it, so after a dialog opens both report focused, and {@code write} typed into the main window
 * while presses and Enter went to the dialog. Presses go where the keyboard goes, on every platform.
 */
public final class KeyboardTyping {
    private KeyboardTyping() {
    }

    /** Types letters, digits, spaces and the punctuation of dates and lists (/ , . - ' ?). */
    public static void type(FxRobot robot, String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || c == '?';
            KeyCode key = keyFor(Character.toUpperCase(c));
            if (shift) {
                robot.press(KeyCode.SHIFT).type(key).release(KeyCode.SHIFT);
            } else {
                robot.type(key);
            }
        }
    }

    private static KeyCode keyFor(char c) {
        if (c >= 'A' && c <= 'Z') {
            return KeyCode.valueOf(String.valueOf(c));
        }
        if (c >= '0' && c <= '9') {
            return KeyCode.valueOf("DIGIT" + c);
        }
        return switch (c) {
            case ' ' -> KeyCode.SPACE;
            case '/', '?' -> KeyCode.SLASH;
            case ',' -> KeyCode.COMMA;
            case '.' -> KeyCode.PERIOD;
            case '-' -> KeyCode.MINUS;
            case '\'' -> KeyCode.QUOTE;
            default -> throw new IllegalArgumentException("No key for '" + c + "' here");
        };
    }
}
