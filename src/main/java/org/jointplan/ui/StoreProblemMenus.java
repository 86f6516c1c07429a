package org.jointplan.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The menus of a window whose store could not be opened: what is left to do is look at the store's folder (its
 * backups are there), read the log, or quit; so the window stays usable with the keyboard too.
 */
final class StoreProblemMenus {
    private StoreProblemMenus() {
    }

    static MenuBar bar(Stage stage, Path storeFile, Path logFolder, Consumer<Path> openFolder) {
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        MenuItem storeFolder = new MenuItem("Open store _folder");
        storeFolder.setOnAction(e -> openFolder.accept(storeFile.toAbsolutePath().getParent()));
        Menu help = new Menu("_Help", null, storeFolder);
        if (logFolder != null) {
            MenuItem logs = new MenuItem("Open _log folder");
            logs.setOnAction(e -> openFolder.accept(logFolder));
            help.getItems().add(logs);
        }
        MenuBar bar = new MenuBar(new Menu("_File", null, quit), help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }
}
