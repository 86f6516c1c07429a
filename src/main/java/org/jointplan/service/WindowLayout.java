package org.jointplan.service;

import java.util.Locale;

/**
 * How the user arranged the main window: the navigator's and the editor's widths in pixels (side panes keep their
 * width when the window is resized), the timeline's share of the height above the table, and whether the editor
 * pane is hidden. Kept in the store's settings, so that a small laptop's arrangement survives a restart; a value
 * that cannot be read is ignored: the window then takes its own default arrangement, never a broken one.
 */
public record WindowLayout(double navigatorWidth, double editorWidth, double timelineShare, boolean editorHidden) {
    static final String KEY = "window.layout";
    private static final double MAX_WIDTH = 4000;

    public WindowLayout {
        if (!(navigatorWidth >= 0 && navigatorWidth <= MAX_WIDTH && editorWidth >= 0 && editorWidth <= MAX_WIDTH
                && timelineShare >= 0.05 && timelineShare <= 0.95)) {
            throw new IllegalArgumentException("Not a window layout: " + navigatorWidth + ", " + editorWidth + ", "
                    + timelineShare);
        }
    }

    /** The layout kept in the workspace's store, if one was kept and can be read. Call it off the FX thread. */
    public static java.util.Optional<WindowLayout> saved(Workspace workspace) {
        return workspace.store().setting(KEY).flatMap(WindowLayout::parse);
    }

    /** Keeps the layout in the workspace's store, in one transaction. Call it off the FX thread. */
    public static void save(Workspace workspace, WindowLayout layout) {
        workspace.store().saveSetting(KEY, String.format(Locale.ROOT, "%.1f;%.1f;%.4f;%b", layout.navigatorWidth,
                layout.editorWidth, layout.timelineShare, layout.editorHidden));
    }

    private static java.util.Optional<WindowLayout> parse(String text) {
        String[] parts = text.split(";");
        if (parts.length != 4 || !parts[3].matches("true|false")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new WindowLayout(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Boolean.parseBoolean(parts[3])));
        } catch (IllegalArgumentException e) { // NumberFormatException too
            return java.util.Optional.empty();
        }
    }
}
