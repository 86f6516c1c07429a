package org.jointplan.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jointplan.domain.PlanData;
import org.jointplan.service.AppInfo;
import org.jointplan.service.BackupRestore;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PlanSession;
import org.jointplan.service.TaskRunner;
import org.jointplan.service.UserMessages;
import org.jointplan.service.Workspace;
import org.jointplan.ui.editor.ActionEditor;
import org.jointplan.ui.editor.Typing;

/**
 * The main window. It shows at once with an "opening" message while the store opens on the background thread, then
 * the plan: navigator, actions table and action editor, with menus, toolbar and a status bar that says whether
 * everything is saved. A store that cannot be opened gets a plain message in the window instead.
 */
public final class MainWindow {
    static final double DEFAULT_WIDTH = 1720;
    static final double DEFAULT_HEIGHT = 1000;
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    private final Stage stage;
    private final TaskRunner tasks;
    private final Consumer<Path> openFolder;
    private final BorderPane root = new BorderPane();
    private final Label statusBar = new Label();
    private Workspace workspace;
    private PlanViewModel model;
    private PlanScreen screen;
    private MainMenus menus;
    private LocalUser user;
    private java.util.List<org.jointplan.domain.Plan> plans = java.util.List.of();
    private Path pendingPackage;
    private Path logFolder;
    private boolean askIdentity;

    public MainWindow(Stage stage, TaskRunner tasks, Consumer<Path> openFolder) {
        this.stage = stage;
        this.tasks = tasks;
        this.openFolder = openFolder;
        root.getStyleClass().add("main-window");
        statusBar.getStyleClass().add("status-bar");
        statusBar.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(statusBar);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("jointplan.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().unbind(); // a stage reused for another window (tests do) may still be bound
        stage.setTitle(AppInfo.NAME);
        Rectangle2D screenBounds = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(DEFAULT_WIDTH, screenBounds.getWidth() * 0.9));
        stage.setHeight(Math.min(DEFAULT_HEIGHT, screenBounds.getHeight() * 0.9));
        stage.setMinWidth(800);
        stage.setMinHeight(500);
    }

    /** Shows the window and opens the store in the background. */
    public void open(Path storeFile) {
        open(storeFile, () -> Workspace.open(storeFile));
    }

    /**
     * Shows the window on a store that {@code opening} opens, or has already started to open (the launcher opens
     * it alongside JavaFX's own start-up, which shortens the start by the time the store takes).
     */
    public void open(Path storeFile, java.util.concurrent.Callable<Workspace> opening) {
        showMessage(true, "Opening the plan store " + storeFile + " …");
        statusBar.setText(storeFile.toString());
        stage.show();
        tasks.run(() -> {
            Workspace opened = opening.call();
            try {
                LOG.info("Plan store opened: " + opened.file() + "; SQLite " + opened.store().sqliteVersion()
                        + ", schema " + opened.store().schemaVersion());
                return new Opened(opened, opened.defaultPlan().orElse(null), LocalUser.of(opened.store()));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, this::show, failure -> {
            LOG.log(Level.WARNING, "The plan store " + storeFile + " was not opened", failure);
            showMessage(false, UserMessages.of(failure) + (pendingPackage == null ? ""
                    : "\n\nThe plan package " + pendingPackage + " was not opened."));
            pendingPackage = null;
            root.setTop(StoreProblemMenus.bar(stage, storeFile, logFolder, openFolder));
            offerRestore(storeFile);
        });
    }

    /** Under the message of a store that cannot be opened: a way to put one of its backups in its place. */
    private void offerRestore(Path storeFile) {
        VBox box = (VBox) ((StackPane) root.getCenter()).getChildren().get(0);
        tasks.run(() -> BackupRestore.listUnopened(storeFile), backups -> {
            if (backups.isEmpty()) {
                return;
            }
            javafx.scene.control.Button restore = new javafx.scene.control.Button("Restore a backup…");
            restore.setOnAction(e -> new RestoreBackupDialog(stage).choose(backups).ifPresent(backup ->
                    restoreUnopened(storeFile, backup)));
            box.setSpacing(16);
            box.getChildren().add(restore);
            restore.requestFocus();
        }, failure -> { });
    }

    private void restoreUnopened(Path storeFile, Path backup) {
        showMessage(true, "Restoring the backup " + backup.getFileName() + " …");
        tasks.run(() -> reopened(BackupRestore.restoreUnopened(storeFile, backup)), this::showRestored, failure -> {
            LOG.log(Level.WARNING, "The backup " + backup + " was not restored", failure);
            showMessage(false, UserMessages.of(failure));
            offerRestore(storeFile);
        });
    }

    private void show(Opened opened) {
        workspace = opened.workspace();
        if (opened.plan() == null) {
            showMessage(false, "This store holds no plan yet.");
            return;
        }
        showPlan(opened.plan(), opened.user());
        if (askIdentity) {
            askIdentity = false;
            new IdentityActions(stage, this).askIfUnset();
        }
        tasks.run(() -> {
            workspace.backupIfDue();
            return null;
        }, done -> { }, failure -> statusBar.setText("No backup was taken: " + UserMessages.of(failure)));
    }

    /** Shows a plan of the open store, with a fresh undo history. */
    void showPlan(PlanData plan, LocalUser user) {
        this.user = user;
        tasks.run(() -> {
            workspace.rememberOpenPlan(plan.id());
            return workspace.plans();
        }, list -> plans = list, failure -> { });
        model = new PlanViewModel(tasks, new PlanSession(workspace.store(), user, plan));
        screen = new PlanScreen(model);
        menus = new MainMenus(stage, model, screen, workspace, openFolder, this);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        root.setCenter(screen);
        routeUndoKeys(menus);
        stage.titleProperty().bind(model.planProperty().map(p -> p.plan().title() + " - " + AppInfo.NAME));
        statusBar.textProperty().bind(model.saveStateProperty().map(state -> state + "   ·   "
                + model.plan().actions().size() + " actions   ·   " + workspace.file()));
        model.saveFailedProperty().addListener((obs, o, failed) ->
                statusBar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), failed));
        FirstFrameProbe.armIfAsked(stage.getScene());
        if (pendingPackage != null) {
            Path waiting = pendingPackage;
            pendingPackage = null;
            openPackage(waiting);
        }
    }

    /**
     * Opens a plan package (a .jplan file the user double-clicked, or one handed over by a second start): a new plan
     * is added, a plan already here is offered for review. A package that arrives while the store is still opening
     * waits for the plan to be shown.
     */
    public void openPackage(Path file) {
        if (menus == null) {
            pendingPackage = file;
            return;
        }
        menus.openPackage(file);
    }

    /** Brings the window to the front: a second start on the same store asked for it. */
    public void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * Replaces the store by one of its backups (see {@link BackupRestore}); the plan screen makes way for a message
     * meanwhile, so that nothing is edited while the store is swapped. Queued saves run before the restore.
     */
    void restoreBackup(Path backup) {
        Node screenBefore = root.getCenter();
        Node menusBefore = root.getTop();
        root.setTop(null);
        showMessage(true, "Restoring the backup " + backup.getFileName() + " …");
        tasks.run(() -> reopened(BackupRestore.restore(workspace, backup)), this::showRestored, failure -> {
            LOG.log(Level.WARNING, "The backup " + backup + " was not restored", failure);
            root.setTop(menusBefore);
            root.setCenter(screenBefore);
            info("The backup was not restored", UserMessages.of(failure));
        });
    }

    /** On the background thread: the store as the restore left it, ready to show. */
    private static Restored reopened(BackupRestore.Outcome outcome) {
        Workspace reopened = outcome.workspace();
        return new Restored(new Opened(reopened, reopened.defaultPlan().orElse(null), LocalUser.of(reopened.store())),
                outcome.message());
    }

    private void showRestored(Restored restored) {
        show(restored.opened());
        info("Restore a backup", restored.message());
    }

    void setLogFolder(Path folder) {
        logFolder = folder;
    }

    /** Where the log files are, or null when the window runs without a log file (tests). */
    Path logFolder() {
        return logFolder;
    }

    private void info(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    /**
     * Text fields would take Ctrl+Z for their own typing even after it was saved; send it to the plan's undo unless
     * the focused field still holds typing that is not committed.
     */
    private void routeUndoKeys(MainMenus menus) {
        stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Typing.isUncommitted(stage.getScene().getFocusOwner())) {
                return;
            }
            if (MainMenus.UNDO.match(e)) {
                model.undo();
                e.consume();
            } else if (MainMenus.REDO.match(e) || MainMenus.REDO_Y.match(e)) {
                model.redo();
                e.consume();
            }
        });
    }

    /** Opens another plan of the store (its undo history starts afresh). */
    void switchTo(PlanData plan) {
        showPlan(plan, user);
    }

    /** The store's plans as last listed; refreshed whenever a plan is opened or made. */
    java.util.List<org.jointplan.domain.Plan> plans() {
        return plans;
    }

    LocalUser user() {
        return user;
    }

    /** Your name and organisation changed (Preferences): stamped from now on, in this plan and any opened next. */
    void userChanged(LocalUser changed) {
        user = changed;
    }

    /** Asks who the user is once the plan shows, while their name or organisation is not set: the app's first start. */
    public void askIdentityAtStart() {
        askIdentity = true;
    }

    PlanViewModel model() {
        return model;
    }

    Workspace workspace() {
        return workspace;
    }

    TaskRunner tasks() {
        return tasks;
    }

    private void showMessage(boolean busy, String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("window-message");
        VBox box = busy ? new VBox(16, new ProgressIndicator(), text) : new VBox(text);
        box.getStyleClass().add("window-message-box");
        root.setCenter(new StackPane(box));
    }

    /** Closes the store once the queued work (every pending save) has run. */
    public void close() {
        tasks.run(() -> {
            if (workspace != null) {
                workspace.close();
            }
            return null;
        }, done -> { }, failure -> { });
    }

    private record Opened(Workspace workspace, PlanData plan, LocalUser user) {
    }

    private record Restored(Opened opened, String message) {
    }

    /**
     * The panes of an open plan: navigator, timeline above the actions table, and the editor. The editor is built
     * when it is first needed: it is the heaviest pane, and the window shows sooner without it.
     */
    static final class PlanScreen extends SplitPane {
        private final PlanViewModel model;
        private final ActionsTable table;
        private final StackPane editorSlot = new StackPane();
        private ActionEditor editor;
        private final PlanNavigator navigator;
        private final TimelinePane timeline;

        PlanScreen(PlanViewModel model) {
            this.model = model;
            table = new ActionsTable(model);
            Label empty = new Label("Select an action in the table or the timeline to edit it, or add one with"
                    + " Edit > New action (Ctrl+N).");
            empty.setWrapText(true);
            empty.getStyleClass().add("editor-empty");
            editorSlot.getChildren().add(empty);
            editorSlot.getStyleClass().add("action-editor");
            model.selectedActionIdProperty().addListener((obs, o, id) -> {
                if (id != null) {
                    editor();
                }
            });
            navigator = new PlanNavigator(model, id -> table.filterBar().showPriority(id));
            timeline = new TimelinePane(model, table.shownProperty());
            SplitPane centre = new SplitPane(timeline, table);
            centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
            centre.setDividerPositions(0.55);
            getItems().addAll(navigator, centre, editorSlot);
            editorSlot.setMinWidth(400);
            navigator.setMinWidth(180);
            setDividerPositions(0.16, 0.74);
            SplitPane.setResizableWithParent(navigator, false);
            SplitPane.setResizableWithParent(editorSlot, false);
        }

        ActionsTable table() {
            return table;
        }

        ActionEditor editor() {
            if (editor == null) {
                editor = new ActionEditor(model);
                editorSlot.getChildren().setAll(editor);
            }
            return editor;
        }

        PlanNavigator navigator() {
            return navigator;
        }

        TimelinePane timeline() {
            return timeline;
        }
    }
}
