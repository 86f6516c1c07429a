package org.jointplan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.jointplan.ui.timeline.KeyHelp;
import org.jointplan.ui.timeline.TimelineView;

/**
 * Every key the window answers, as Help > Keyboard shortcuts lists them: read from the menus themselves (each
 * item's accelerator, and the Alt path of mnemonics that reaches it), so the list cannot drift from what the menus
 * do; then the timeline's keys as it declares them, the presentation's, and the keys of fields.
 */
final class KeyboardShortcuts {
    /** One line of the list: where the keys work, the keys, and what they do. */
    record Line(String where, String keys, String does) {
    }

    /** The presentation's keys (PresentationMode): a clicker sends Page Down and Page Up. */
    static final List<KeyHelp> PRESENTATION = List.of(
            new KeyHelp("F5", "Choose the date and the slides, then Enter to start the presentation"),
            new KeyHelp("Right, Down, Page Down, Space", "Next slide"),
            new KeyHelp("Left, Up, Page Up, Backspace", "Previous slide"),
            new KeyHelp("Home, End", "First slide, last slide"),
            new KeyHelp("Esc", "Leave the presentation"));

    /** Keys of fields and tables everywhere in the application. */
    static final List<KeyHelp> FIELDS = List.of(
            new KeyHelp("Tab, Shift+Tab", "Go to the next or the previous field, multi-line fields included"),
            new KeyHelp("Ctrl+Tab", "Type a tab character in a multi-line field"),
            new KeyHelp("Enter", "Save the field (a one-line field); in a multi-line field, start a new line"),
            new KeyHelp("Alt+Down, F4", "Open a list or a date chooser"),
            new KeyHelp("Up, Down, Home, End", "Move in a table or a list"),
            new KeyHelp("Alt", "Show the menus' underlined letters; Alt and a letter opens a menu"),
            new KeyHelp("Esc", "Close a dialog or a menu without doing anything"));

    private KeyboardShortcuts() {
    }

    static List<Line> of(MenuBar bar) {
        List<Line> lines = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            String name = plain(menu.getText());
            String path = mnemonic(menu.getText()).map(m -> "Alt+" + m).orElse("");
            if (!path.isEmpty()) {
                lines.add(new Line("Menus", path, "Open the " + name + " menu"));
            }
            items(menu, name, path, lines);
        }
        TimelineView.keyHelp().forEach(k -> lines.add(new Line("Timeline", k.keys(), k.does())));
        PRESENTATION.forEach(k -> lines.add(new Line("Presentation", k.keys(), k.does())));
        FIELDS.forEach(k -> lines.add(new Line("Fields and tables", k.keys(), k.does())));
        return lines;
    }

    private static void items(Menu menu, String where, String path, List<Line> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem || item.getText() == null || plain(item.getText()).equals("…")) {
                continue;
            }
            String itemPath = mnemonic(item.getText()).map(m -> path.isEmpty() ? "" : path + ", " + m).orElse("");
            String does = plain(item.getText());
            if (item instanceof Menu sub) {
                items(sub, where + " > " + does, itemPath, lines);
                continue;
            }
            List<String> keys = new ArrayList<>();
            if (item.getAccelerator() != null) {
                keys.add(item.getAccelerator().getDisplayText());
            }
            if (!itemPath.isEmpty()) {
                keys.add(itemPath);
            }
            lines.add(new Line(where, String.join("   or   ", keys), does));
        }
    }

    /** The letter after "_", as a key cap ("_Export package…" gives "E"). */
    static java.util.Optional<String> mnemonic(String label) {
        int at = label.indexOf('_');
        return at < 0 || at + 1 >= label.length() ? java.util.Optional.empty()
                : java.util.Optional.of(label.substring(at + 1, at + 2).toUpperCase(Locale.ROOT));
    }

    static String plain(String label) {
        return label.replaceFirst("_", "");
    }
}
