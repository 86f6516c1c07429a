package org.jointplan.ui;

import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Text size for people who need it larger than the system default. Every size in the style sheet is in em, so the
 * whole window scales from the root font size, which starts at the system's default font size.
 */
final class TextSize {
    private static final double STEP = 1.15;
    private static final int MIN_STEPS = -2;
    private static final int MAX_STEPS = 6;

    private final Parent root;
    private final double base = Font.getDefault().getSize();
    private int steps;

    TextSize(Parent root) {
        this.root = root;
    }

    /** +1 larger, -1 smaller, 0 back to the system size. */
    void step(int direction) {
        steps = direction == 0 ? 0 : Math.max(MIN_STEPS, Math.min(MAX_STEPS, steps + direction));
        root.setStyle(steps == 0 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                base * Math.pow(STEP, steps)));
    }
}
