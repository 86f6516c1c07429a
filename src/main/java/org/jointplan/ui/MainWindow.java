package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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
import org.jointplan.ui.model.PlanViewModel;
import org.jointplan.ui.sync.SessionPassword;

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
    /** The server password typed this session: in memory only, cleared when the window closes. */
    private final SessionPassword syncPassword = new SessionPassword();
    private final Notices notices;
    private TextSize textSize;
    private Workspace workspace;
    private PlanViewModel model;
    private PackageActions packages;
    private LocalUser user;
    private IdentityActions identity;
    private Path pendingPackage;
    private Path logFolder;
    private boolean askIdentity;

    public MainWindow(Stage stage, TaskRunner tasks, Consumer<Path> openFolder) {
        this.stage = stage;
        this.tasks = tasks;
        this.openFolder = openFolder;
        this.notices = Notices.alerts(stage);
        root.getStyleClass().add("main-window");
        statusBar.getStyleClass().add("status-bar");
        statusBar.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(statusBar);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> syncPassword.clear());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("jointplan.css")).toExternalForm());
        stage.setScene(scene);
        textSize = new TextSize(root);
        FieldAwareKeys.install(scene, () -> model); // once: a filter per plan shown would undo once per plan opened
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
                LOG.info("Plan store opened: " + opened.file() + "; SQLite " + opened.sqliteVersion()
                        + ", schema " + opened.schemaVersion());
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
            identity.askIfUnset();
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
            return null;
        }, done -> { }, failure -> { });
        model = new PlanViewModel(tasks, new PlanSession(workspace.store(), user, plan));
        PlanScreen screen = new PlanScreen(model);
        screen.paneLayout().remember(workspace, tasks);
        OpenPlan open = new OpenPlan(stage, model, workspace, () -> this.user, tasks, notices, this::switchTo);
        packages = new PackageActions(open);
        identity = new IdentityActions(open, changed -> this.user = changed);
        MainMenus menus = new MainMenus(open, screen, packages,
                new SupportCommands(open, openFolder, logFolder, this::restoreBackup), identity, textSize,
                syncPassword);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        javafx.scene.control.Button sync = menus.syncButton();
        javafx.scene.layout.HBox.setHgrow(statusBar, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox bottom = new javafx.scene.layout.HBox(statusBar, sync);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bottom.getStyleClass().add("status-row");
        root.setBottom(bottom);
        root.setCenter(screen);
        PlanViewModel shown = model;
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> shown.plan().plan().title()
                + asAt(shown) + " - " + AppInfo.NAME, shown.planProperty(), shown.asAtTextProperty()));
        statusBar.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> (shown.isReadOnly()
                ? "Shown " + shown.asAtTextProperty().getValue() + ": read-only   ·   " : asAt(shown).isEmpty() ? ""
                : "Shown " + shown.asAtTextProperty().getValue() + "   ·   ") + shown.statusProperty().get()
                + "   ·   " + shown.plan().actions().size() + " actions   ·   " + workspace.file(),
                shown.statusProperty(), shown.asAtTextProperty(), shown.readOnlyProperty()));
        FieldAwareKeys.followTyping(model, stage.getScene().getFocusOwner());
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
        if (packages == null) {
            pendingPackage = file;
            return;
        }
        packages.openPackage(file);
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
            notices.error("The backup was not restored", failure);
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
        notices.info("Restore a backup", restored.message());
    }

    void setLogFolder(Path folder) {
        logFolder = folder;
    }

    /** Opens another plan of the store (its undo history starts afresh). */
    void switchTo(PlanData plan) {
        showPlan(plan, user);
    }

    /** Asks who the user is once the plan shows, while their name or organisation is not set: the app's first start. */
    public void askIdentityAtStart() {
        askIdentity = true;
    }

    /** Who is editing now: the name and organisation stamped on the next change. */
    LocalUser user() {
        return user;
    }

    IdentityActions identity() {
        return identity;
    }

    PlanViewModel model() {
        return model;
    }

    /** " as at 31/03/2025 (recorded position)" while the plan is shown as at a date; "" as at today. */
    private static String asAt(PlanViewModel shown) {
        String text = shown.asAtTextProperty().getValue();
        return text.isEmpty() ? "" : " " + text;
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
}
