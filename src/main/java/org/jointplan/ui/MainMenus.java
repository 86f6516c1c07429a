package org.jointplan.ui;

import static org.jointplan.ui.ActionFactory.button;
import static org.jointplan.ui.ActionFactory.menuItem;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import org.jointplan.service.WindowSync;
import org.jointplan.ui.editor.DeleteActionCommand;
import org.jointplan.ui.sync.SessionPassword;
import org.jointplan.ui.sync.SyncCommand;
import org.jointplan.ui.timeline.TimelineView;
import org.jointplan.ui.timeline.TimelineZoom;

/**
 * The menus and toolbar of the main window. They only declare: which {@link StandardActions} entry (label and
 * accelerator) runs which command, and in what order; the commands live in their own classes.
 */
final class MainMenus {
    private final OpenPlan open;
    private final PlanScreen screen;
    private final TimelineView timeline;
    private final TextSize textSize;
    private final PackageActions packages;
    private final SupportCommands support;
    private final PlanCommands plans;
    private final ReportingCommands reporting;
    private final Command newAction;
    private final Command deleteAction;
    private final PlanLifecycleActions lifecycle;
    private final IdentityActions identity;
    private final AsAtChooser asAt;
    private MenuBar bar;
    private final ThemeChooser themes;
    private final SyncCommand sync;

    MainMenus(OpenPlan open, PlanScreen screen, PackageActions packages, SupportCommands support,
              IdentityActions identity, TextSize textSize, SessionPassword syncPassword) {
        this.open = open;
        this.screen = screen;
        this.timeline = screen.timeline().timeline();
        this.textSize = textSize;
        this.packages = packages;
        this.support = support;
        this.plans = new PlanCommands(open);
        this.reporting = new ReportingCommands(open);
        this.lifecycle = new PlanLifecycleActions(open);
        this.identity = identity;
        this.asAt = new AsAtChooser(open);
        this.themes = new ThemeChooser(open);
        themes.restore();
        this.sync = new SyncCommand(open.owner(), open.model(), new WindowSync(open.workspace().store()),
                open::user, open.notices()::info, syncPassword);
        var editable = open.model().readOnlyProperty().not(); // a recorded position is not edited
        this.newAction = Command.when(editable, new NewActionCommand(open, this::showNewAction)::execute);
        this.deleteAction = Command.when(editable.and(open.model().selectedActionIdProperty().isNotNull()),
                new DeleteActionCommand(open.model(), screen)::run);
    }

    /** The status bar's sync button: says how the plan stands with its server, and syncs when pressed. */
    Button syncButton() {
        Button button = button("", StandardActions.SYNC, Command.when(open.model().readOnlyProperty().not(),
                sync::run));
        button.textProperty().bind(sync.statusProperty().map(s -> sync.busyProperty().get() ? s : "⟳ " + s));
        javafx.scene.control.ProgressIndicator working = new javafx.scene.control.ProgressIndicator();
        working.setPrefSize(16, 16);
        working.setFocusTraversable(false);
        button.graphicProperty().bind(sync.busyProperty().map(b -> b ? working : null));
        button.getStyleClass().add("sync-status");
        return button;
    }

    MenuBar menuBar() {
        bar = new MenuBar(fileMenu(), editMenu(), planMenu(), viewMenu(), helpMenu());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu fileMenu() {
        Menu openPlan = new Menu("Open _plan");
        openPlan.setOnShowing(e -> lifecycle.fillOpenPlanMenu(openPlan, plans::openPlan));
        openPlan.getItems().add(new MenuItem("…"));
        return new Menu("_File", null,
                openPlan,
                menuItem(StandardActions.NEW_PLAN, lifecycle::newPlan),
                menuItem(StandardActions.ROLL_FORWARD, lifecycle::rollForward),
                menuItem(StandardActions.RENAME_PLAN, lifecycle::rename),
                menuItem(StandardActions.ARCHIVE_PLAN,
                        Command.when(lifecycle.archivedProperty().not(), () -> lifecycle.setArchived(true))),
                menuItem(StandardActions.UNARCHIVE_PLAN,
                        Command.when(lifecycle.archivedProperty(), () -> lifecycle.setArchived(false))),
                menuItem(StandardActions.DELETE_PLAN, lifecycle::delete),
                menuItem(StandardActions.PLAN_SETTINGS, plans::settings),
                new SeparatorMenuItem(),
                menuItem(StandardActions.EXPORT_PACKAGE, packages::exportPlan),
                menuItem(StandardActions.OPEN_PACKAGE, packages::openPackage),
                menuItem(StandardActions.EXCHANGE_HISTORY, plans::history),
                menuItem(StandardActions.SYNC, Command.when(open.model().readOnlyProperty().not(), sync::run)),
                menuItem(StandardActions.EXPORT_TIMELINE, ExportTimelineCommand.of(open)),
                menuItem(StandardActions.EXPORT_SLIDES, ExportSlidesCommand.of(open)),
                menuItem(StandardActions.COMMITTEE_REPORT, CommitteeReportCommand.of(open)),
                menuItem(StandardActions.EXPORT_SHEET, ExportSheetCommand.of(open)),
                menuItem(StandardActions.IMPORT_SHEET, ImportSheetCommand.of(open)),
                new SeparatorMenuItem(),
                menuItem(StandardActions.IMPORT_PROJECT, ImportProjectCommand.of(open)),
                menuItem(StandardActions.EXPORT_PROJECT, ExportProjectCommand.of(open)),
                menuItem(StandardActions.EXPORT_CALENDAR, ExportCalendarCommand.of(open)),
                new SeparatorMenuItem(),
                menuItem(StandardActions.OPEN_STORE_FOLDER, support::openStoreFolder),
                new SeparatorMenuItem(),
                menuItem(StandardActions.QUIT, open.owner()::close));
    }

    private Menu editMenu() {
        MenuItem undo = menuItem(StandardActions.UNDO, undo());
        undo.textProperty().bind(withDescription("_Undo", open.model().undoTextProperty()));
        MenuItem redo = menuItem(StandardActions.REDO, redo());
        redo.textProperty().bind(withDescription("_Redo", open.model().redoTextProperty()));
        return new Menu("_Edit", null, undo, redo,
                new SeparatorMenuItem(),
                menuItem(StandardActions.NEW_ACTION, newAction),
                menuItem(StandardActions.DELETE_ACTION, deleteAction),
                menuItem(StandardActions.FIND_ACTIONS, () -> screen.table().filterBar().searchField().requestFocus()),
                new SeparatorMenuItem(),
                menuItem(StandardActions.PREFERENCES, identity::preferences));
    }

    /** The reporting cycle: the baseline, and the positions recorded for committees. */
    private Menu planMenu() {
        return new Menu("_Plan", null,
                menuItem(StandardActions.AGREE_BASELINE, reporting::agreeBaseline),
                menuItem(StandardActions.RECORD_POSITION, reporting::recordPosition),
                menuItem(StandardActions.REPORT_SNAPSHOTS, reporting::snapshots),
                new SeparatorMenuItem(),
                menuItem(StandardActions.ADD_MEASURE, Command.when(open.model().readOnlyProperty().not(),
                        screen::addMeasure)));
    }

    private Menu viewMenu() {
        ToggleGroup levels = new ToggleGroup();
        Menu zoom = new Menu("_Zoom", null,
                menuItem(StandardActions.ZOOM_IN, timeline::zoomIn),
                menuItem(StandardActions.ZOOM_OUT, timeline::zoomOut),
                new SeparatorMenuItem(),
                zoomLevel(levels, StandardActions.ZOOM_TO_FIT, TimelineZoom.FIT),
                zoomLevel(levels, StandardActions.ZOOM_WEEKS, TimelineZoom.WEEK),
                zoomLevel(levels, StandardActions.ZOOM_MONTHS, TimelineZoom.MONTH),
                zoomLevel(levels, StandardActions.ZOOM_QUARTERS, TimelineZoom.QUARTER),
                zoomLevel(levels, StandardActions.ZOOM_YEARS, TimelineZoom.YEAR));
        CheckMenuItem exceptions = ActionFactory.configure(new CheckMenuItem(), StandardActions.SHOW_EXCEPTIONS,
                () -> screen.showExceptions(!screen.showsExceptions()));
        MenuItem goToEditor = menuItem(StandardActions.GO_TO_EDITOR, this::goToEditor);
        CheckMenuItem editorPane = ActionFactory.configure(new CheckMenuItem(), StandardActions.SHOW_EDITOR,
                () -> screen.editorHiddenProperty().set(!screen.editorHiddenProperty().get()));
        editorPane.setSelected(!screen.editorHiddenProperty().get());
        screen.editorHiddenProperty().addListener((obs, was, hidden) -> editorPane.setSelected(!hidden));
        Menu view = new Menu("_View", null,
                menuItem(StandardActions.PRESENT, plans::present),
                asAt.menu(),
                exceptions,
                menuItem(StandardActions.SHOW_MEASURES, screen::showMeasures),
                zoom,
                menuItem(StandardActions.GO_TO_TIMELINE, timeline::requestFocus),
                new SeparatorMenuItem(),
                menuItem(StandardActions.CLEAR_FILTERS, () -> screen.table().filterBar().clear()),
                menuItem(StandardActions.GO_TO_TABLE, () -> screen.table().table().requestFocus()),
                goToEditor,
                menuItem(StandardActions.GO_TO_NAVIGATOR, () -> screen.navigator().requestFocus()),
                new SeparatorMenuItem(),
                menuItem(StandardActions.LARGER_TEXT, () -> textSize.step(+1)),
                menuItem(StandardActions.SMALLER_TEXT, () -> textSize.step(-1)),
                menuItem(StandardActions.NORMAL_TEXT, () -> textSize.step(0)),
                themes.menu());
        view.setOnShowing(e -> exceptions.setSelected(screen.showsExceptions()));
        view.getItems().add(view.getItems().indexOf(goToEditor) + 1, editorPane);
        return view;
    }

    private Menu helpMenu() {
        return new Menu("_Help", null,
                menuItem(StandardActions.KEYBOARD_SHORTCUTS,
                        () -> KeyboardShortcutsWindow.show(open.owner(), KeyboardShortcuts.of(bar))),
                menuItem(StandardActions.ABOUT, support::about),
                menuItem(StandardActions.OPEN_STORE_FOLDER, support::openStoreFolder),
                menuItem(StandardActions.OPEN_LOG_FOLDER, support::openLogFolder),
                new SeparatorMenuItem(),
                menuItem(StandardActions.RESTORE_BACKUP, support::restoreBackup));
    }

    ToolBar toolBar() {
        Button add = button("+ New action", StandardActions.NEW_ACTION, newAction);
        Button delete = button("Delete", StandardActions.DELETE_ACTION, deleteAction);
        Button undo = button("↶ Undo", StandardActions.UNDO, undo());
        Button redo = button("↷ Redo", StandardActions.REDO, redo());
        Button zoomOut = button("−", StandardActions.ZOOM_OUT, timeline::zoomOut);
        Button fit = button("Fit", StandardActions.ZOOM_TO_FIT, timeline::zoomToFit);
        Button zoomIn = button("+", StandardActions.ZOOM_IN, timeline::zoomIn);
        Button present = button("▶ Present", StandardActions.PRESENT, plans::present);
        ToolBar bar = new ToolBar(add, delete, undo, redo, new Separator(), zoomOut, fit, zoomIn, new Separator(),
                asAt.button(), present);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** A zoom level as a radio item: ticked while the timeline shows that level, however it got there. */
    private RadioMenuItem zoomLevel(ToggleGroup group, StandardActions action, TimelineZoom level) {
        RadioMenuItem item = ActionFactory.configure(new RadioMenuItem(), action, () -> timeline.setZoom(level));
        item.setToggleGroup(group);
        item.setSelected(timeline.getZoom() == level);
        timeline.zoomProperty().addListener((obs, old, now) -> item.setSelected(now == level));
        return item;
    }

    /** Undo and redo change the plan: not while a recorded position is shown, whose view they would not change. */
    private Command undo() {
        return Command.when(open.model().canUndo().and(open.model().readOnlyProperty().not()), open.model()::undo);
    }

    private Command redo() {
        return Command.when(open.model().canRedo().and(open.model().readOnlyProperty().not()), open.model()::redo);
    }

    /** To the editor beside the list shown: the measure's, while the Measures tab is shown, else the action's. */
    private void goToEditor() {
        screen.editorHiddenProperty().set(false);
        if (screen.showsMeasures()) {
            screen.measureEditor().nameField().requestFocus();
        } else {
            screen.editor().titleField().requestFocus();
        }
    }

    /** The new action is selected and its title ready for typing, even if a filter would hide it. */
    private void showNewAction(java.util.UUID id) {
        screen.table().filterBar().clear();
        open.model().selectedActionIdProperty().set(id);
        Platform.runLater(() -> {
            screen.editor().titleField().requestFocus();
            screen.editor().titleField().selectAll();
        });
    }

    /** "_Undo" alone, or followed by what it would undo ("_Undo title change"). */
    private static ObservableValue<String> withDescription(String label, ObservableValue<String> description) {
        return description.map(t -> label + " " + lower(t)).orElse(label);
    }

    private static String lower(String description) {
        return description.isEmpty() ? "" : Character.toLowerCase(description.charAt(0)) + description.substring(1);
    }
}
