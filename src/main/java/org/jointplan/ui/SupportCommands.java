package org.jointplan.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.jointplan.service.AppInfo;
import org.jointplan.service.BackupRestore;

/** The Help menu's commands: about, the store's and the log's folders, and restoring a backup. */
final class SupportCommands {
    private final OpenPlan open;
    private final Consumer<Path> openFolder;
    private final Path logFolder;
    private final Consumer<Path> restore;

    /**
     * @param logFolder where the log files are, or null when the window keeps none (tests)
     * @param restore   puts a backup in the store's place (the window does it: it shows a message meanwhile)
     */
    SupportCommands(OpenPlan open, Consumer<Path> openFolder, Path logFolder, Consumer<Path> restore) {
        this.open = open;
        this.openFolder = openFolder;
        this.logFolder = logFolder;
        this.restore = restore;
    }

    void openStoreFolder() {
        openFolder.accept(open.workspace().file().getParent());
    }

    void openLogFolder() {
        if (logFolder == null) {
            open.notices().info("No log folder", "This window keeps no log file.");
        } else {
            openFolder.accept(logFolder);
        }
    }

    void restoreBackup() {
        open.model().background(() -> BackupRestore.list(open.workspace().store()),
                backups -> new RestoreBackupDialog(open.owner()).choose(backups).ifPresent(restore),
                message -> open.notices().info("The backups were not listed", message));
    }

    void about() {
        var workspace = open.workspace();
        open.model().background(() -> AppInfo.NAME + " " + AppInfo.version() + "\n\nPlan store: " + workspace.file()
                + "\nBackups: " + workspace.backupFolder()
                + (logFolder == null ? "" : "\nLogs: " + logFolder)
                + "\nSQLite " + workspace.sqliteVersion() + ", Java " + System.getProperty("java.version")
                + "\n\nReleased under the MIT licence.",
                text -> open.notices().info("About " + AppInfo.NAME, text),
                message -> open.notices().info("About " + AppInfo.NAME, message));
    }
}
