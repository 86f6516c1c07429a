package org.jointplan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.jointplan.domain.Priority;
import org.jointplan.service.AppInfo;
import org.jointplan.service.BackupRestore;
import org.jointplan.service.Change;
import org.jointplan.service.Edits;
import org.jointplan.ui.settings.PlanSettingsWindow;
import org.jointplan.service.Workspace;
import org.jointplan.ui.editor.DeleteActionCommand;

/** The menus and toolbar of the main window, with the usual desktop accelerators. */
final class MainMenus {
    static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    static final KeyCombination REDO_Y = KeyCombination.keyCombination("Shortcut+Y");
    private final Stage stage;
    private final PlanViewModel model;
    private final MainWindow.PlanScreen screen;
    private final Workspace workspace;
    private final Consumer<Path> openFolder;
    private final MainWindow window;
    private final TextSize textSize;
    private final PackageActions packages;
    private final PlanLifecycleActions lifecycle;

    MainMenus(Stage stage, PlanViewModel model, MainWindow.PlanScreen screen, Workspace workspace,
              Consumer<Path> openFolder, MainWindow window) {
        this.stage = stage;
        this.model = model;
        this.screen = screen;
        this.workspace = workspace;
        this.openFolder = openFolder;
        this.window = window;
        this.textSize = new TextSize(stage.getScene().getRoot());
        this.packages = new PackageActions(stage, window);
        this.lifecycle = new PlanLifecycleActions(stage, window);
    }

    MenuBar menuBar() {
        Menu plans = new Menu("Open _plan");
        plans.setOnShowing(e -> lifecycle.fillOpenPlanMenu(plans));
        plans.getItems().add(new MenuItem("…"));
        Menu file = new Menu("_File", null,
                plans,
                item("Ne_w plan…", null, lifecycle::newPlan),
                item("_New plan from this one…", null, lifecycle::rollForward),
                item("Rena_me plan…", null, lifecycle::rename),
                disabledWhen(item("_Archive plan", null, () -> lifecycle.setArchived(true)),
                        lifecycle.archivedProperty()),
                disabledWhen(item("Unarchi_ve plan", null, () -> lifecycle.setArchived(false)),
                        lifecycle.archivedProperty().not()),
                item("_Delete plan…", null, lifecycle::delete),
                item("Plan _settings…", "Shortcut+Comma", () -> new PlanSettingsWindow(stage, model).show()),
                new SeparatorMenuItem(),
                item("_Export package…", "Shortcut+E", packages::exportPlan),
                item("_Open package…", "Shortcut+O", packages::openPackage),
                item("Exchange _history…", null, this::history),
                item("Export timeline as _picture…", "Shortcut+Shift+E", this::exportPicture),
                new SeparatorMenuItem(),
                item("Open store _folder", null, this::openStoreFolder),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", stage::close));
        MenuItem undo = item("_Undo", "Shortcut+Z", model::undo);
        undo.textProperty().bind(model.undoTextProperty().map(t -> "_Undo " + lower(t)).orElse("_Undo"));
        undo.disableProperty().bind(model.canUndo().not());
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", model::redo);
        redo.textProperty().bind(model.redoTextProperty().map(t -> "_Redo " + lower(t)).orElse("_Redo"));
        redo.disableProperty().bind(model.canRedo().not());
        MenuItem redoY = item("Redo (Ctrl+Y)", "Shortcut+Y", model::redo);
        redoY.disableProperty().bind(model.canRedo().not());
        MenuItem delete = item("_Delete action…", "Shortcut+Delete", this::deleteAction);
        delete.disableProperty().bind(model.selectedActionIdProperty().isNull());
        Menu edit = new Menu("_Edit", null, undo, redo, redoY, new SeparatorMenuItem(),
                item("_New action", "Shortcut+N", this::newAction), delete,
                item("_Find actions", "Shortcut+F", () -> screen.table().filterBar().searchField().requestFocus()),
                new SeparatorMenuItem(),
                item("Pre_ferences…", null, () -> new IdentityActions(stage, window).preferences()));
        var tl = screen.timeline().timeline();
        Menu zoom = new Menu("_Zoom", null,
                item("Zoom _in", "Shortcut+Shift+EQUALS", tl::zoomIn),
                item("Zoom _out", "Shortcut+Shift+MINUS", tl::zoomOut),
                item("Zoom to _fit", "Shortcut+Shift+F", tl::zoomToFit),
                new SeparatorMenuItem(),
                item("_Weeks", null, () -> tl.setZoom(org.jointplan.ui.timeline.TimelineZoom.WEEK)),
                item("_Months", null, () -> tl.setZoom(org.jointplan.ui.timeline.TimelineZoom.MONTH)),
                item("_Quarters", null, () -> tl.setZoom(org.jointplan.ui.timeline.TimelineZoom.QUARTER)),
                item("_Years", null, () -> tl.setZoom(org.jointplan.ui.timeline.TimelineZoom.YEAR)));
        Menu view = new Menu("_View", null,
                item("_Present the plan", "F5", this::present),
                zoom,
                item("Go to time_line", "Shortcut+4", tl::requestFocus),
                new SeparatorMenuItem(),
                item("_Clear filters", "Shortcut+Shift+L", () -> screen.table().filterBar().clear()),
                item("Go to _table", "Shortcut+1", () -> screen.table().table().requestFocus()),
                item("Go to _editor", "Shortcut+2", () -> screen.editor().titleField().requestFocus()),
                item("Go to _navigator", "Shortcut+3", () -> screen.navigator().requestFocus()),
                new SeparatorMenuItem(),
                item("_Larger text", "Shortcut+Equals", () -> textSize.step(+1)),
                item("_Smaller text", "Shortcut+Minus", () -> textSize.step(-1)),
                item("Nor_mal text size", "Shortcut+Digit0", () -> textSize.step(0)));
        Menu help = new Menu("_Help", null,
                item("_About JointPlan", null, this::about),
                item("Open store _folder", null, this::openStoreFolder),
                item("Open _log folder", null, this::openLogFolder),
                new SeparatorMenuItem(),
                item("_Restore a backup…", null, this::restoreBackup));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    ToolBar toolBar() {
        Button add = button("+ New action", "Add an action to the selected priority (Ctrl+N)", this::newAction);
        Button undo = button("↶ Undo", "Undo the last change (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.canUndo().not());
        Button redo = button("↷ Redo", "Redo (Ctrl+Shift+Z)", model::redo);
        redo.disableProperty().bind(model.canRedo().not());
        Button delete = button("Delete", "Delete the selected action (Ctrl+Delete)", this::deleteAction);
        delete.disableProperty().bind(model.selectedActionIdProperty().isNull());
        Button present = button("▶ Present", "Show the timeline full screen for the meeting (F5)", this::present);
        Button fit = button("Fit", "Zoom the timeline to the whole plan", screen.timeline().timeline()::zoomToFit);
        Button zoomIn = button("+", "Zoom in (Ctrl+Shift+=)", screen.timeline().timeline()::zoomIn);
        Button zoomOut = button("−", "Zoom out (Ctrl+Shift+-)", screen.timeline().timeline()::zoomOut);
        ToolBar bar = new ToolBar(add, delete, undo, redo, new javafx.scene.control.Separator(), zoomOut, fit, zoomIn,
                new javafx.scene.control.Separator(), present);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private void newAction() {
        UUID priority = model.selectedAction().map(a -> a.priorityId())
                .orElse(model.plan().priorities().stream().filter(p -> !p.retired()).findFirst()
                        .map(Priority::id).orElse(null));
        if (priority == null) {
            info("Add a priority first", "A new action belongs to a priority; this plan has none yet.");
            return;
        }
        Change change = Edits.newAction(model.plan(), priority, LocalDate.now());
        UUID id = change.saves().get(0).id();
        model.apply(p -> change, () -> {
            screen.table().filterBar().clear();
            model.selectedActionIdProperty().set(id);
            Platform.runLater(() -> {
                screen.editor().titleField().requestFocus();
                screen.editor().titleField().selectAll();
            });
        }, message -> info("The action was not added", message));
    }

    private void present() {
        org.jointplan.ui.present.PresentationMode.show(stage, model.plan(), model.todayProperty().get());
    }

    /** The timeline as a PNG for slides and reports: what it shows now (filters and folded lanes included). */
    private void exportPicture() {
        var chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export timeline as picture");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG picture", "*.png"));
        chooser.setInitialFileName(FileNames.from(model.plan().plan().title()) + ".png");
        var file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        var tl = screen.timeline().timeline();
        var filter = screen.table().filterBar().filter();
        var options = org.jointplan.ui.timeline.TimelineExport.Options.of(tl,
                filter.equals(ActionFilter.ALL) ? "" : "Filtered as on screen");
        var task = org.jointplan.ui.timeline.TimelineExport.pngTask(model.plan(), options, file.toPath());
        task.setOnSucceeded(e -> info("Picture exported", "Saved " + file + "."));
        task.setOnFailed(e -> info("The picture was not saved", org.jointplan.service.UserMessages.of(
                task.getException())));
        Thread writer = new Thread(task, "jointplan-png");
        writer.setDaemon(true);
        writer.start();
    }

    private void history() {
        var plan = model.plan();
        model.background(() -> workspace.store().exchanges(plan.id()),
                list -> new org.jointplan.ui.merge.ExchangeHistoryWindow(stage, plan.plan().title(), list).show(),
                message -> info("The history could not be read", message));
    }

    /** Opens a package given from outside the menus: the command line or a double-click. */
    void openPackage(java.nio.file.Path file) {
        packages.openPackage(file);
    }

    private void deleteAction() {
        new DeleteActionCommand(model, screen).run();
    }

    private void openStoreFolder() {
        openFolder.accept(workspace.file().getParent());
    }

    private void openLogFolder() {
        if (window.logFolder() == null) {
            info("No log folder", "This window keeps no log file.");
        } else {
            openFolder.accept(window.logFolder());
        }
    }

    private void restoreBackup() {
        model.background(() -> BackupRestore.list(workspace.store()),
                backups -> new RestoreBackupDialog(stage).choose(backups).ifPresent(window::restoreBackup),
                message -> info("The backups were not listed", message));
    }

    private void about() {
        model.background(() -> workspace.store().sqliteVersion(), sqlite -> info("About " + AppInfo.NAME,
                AppInfo.NAME + " " + AppInfo.version() + "\n\nPlan store: " + workspace.file() + "\nBackups: "
                        + workspace.store().backups().folder()
                        + (window.logFolder() == null ? "" : "\nLogs: " + window.logFolder())
                        + "\nSQLite " + sqlite + ", Java " + System.getProperty("java.version")
                        + "\n\nReleased under the MIT licence."),
                message -> info("About " + AppInfo.NAME, message));
    }

    private void info(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    private static String lower(String description) {
        return description.isEmpty() ? "" : Character.toLowerCase(description.charAt(0)) + description.substring(1);
    }

    private static MenuItem disabledWhen(MenuItem item, javafx.beans.value.ObservableBooleanValue condition) {
        item.disableProperty().bind(condition);
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> action.run());
        return button;
    }
}
