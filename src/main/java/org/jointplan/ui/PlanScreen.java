package org.jointplan.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.jointplan.ui.editor.ActionEditor;
import org.jointplan.ui.measures.MeasureDesk;
import org.jointplan.ui.measures.MeasureEditor;
import org.jointplan.ui.measures.MeasuresView;
import org.jointplan.ui.model.PlanViewModel;

/**
 * The panes of an open plan: navigator, timeline above the actions table (or the exceptions or the measures, on tabs
 * beside it), and the editor (of the chosen measure while the Measures tab is shown); the editor is disabled while a
 * recorded position is shown. The editor is built when it is first needed: it is the heaviest pane, and the window
 * shows sooner without it. On a small screen every pixel counts: the editor's pane folds away while nothing is
 * chosen to edit, the user can hide it altogether, and {@link PaneLayout} keeps the widths the user gave the panes.
 */
final class PlanScreen extends SplitPane {
    private final PlanViewModel model;
    private final ActionsTable table;
    private final StackPane editorSlot = new StackPane();
    private ActionEditor editor;
    private final PlanNavigator navigator;
    private final TimelinePane timeline;
    private final ReasonDialog reasons = new ReasonDialog();
    private ExceptionsView exceptions;
    private final TabPane lists;
    private final Tab actionsTab;
    private final Tab exceptionsTab;
    private final Tab measuresTab;
    private final StackPane measureSlot = new StackPane();
    private MeasuresView measures;
    private MeasureEditor measureEditor;
    private MeasureDesk measureDesk;
    private final AddMeasureCommand addMeasure;
    private SplitPane centre;
    private double timelineShare = 0.55;
    private final StackPane side;
    private final javafx.beans.property.BooleanProperty editorHidden =
            new javafx.beans.property.SimpleBooleanProperty(this, "editorHidden");
    private final PaneLayout layout;

    PlanScreen(PlanViewModel model) {
        this.model = model;
        getStyleClass().add("plan-screen");
        org.jointplan.ui.editor.TabTraversal.installEverywhere(); // Tab leaves multi-line fields, in every window
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
            foldSide();
        });
        navigator = new PlanNavigator(model, id -> {
            table.filterBar().showPriority(id);
            if (measures != null) {
                measures.showPriority(id);
            }
        });
        addMeasure = new AddMeasureCommand(model, this::window,
                (header, text) -> Notices.alerts(window()).info(header, text), this::showMeasure);
        timeline = new TimelinePane(model, table.shownProperty(), reasons);
        actionsTab = new Tab("Actions", table);
        exceptionsTab = new Tab("Exceptions");
        exceptionsTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                exceptions();
            }
        });
        measuresTab = new Tab("Measures");
        measuresTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                measures();
            }
            roomForMeasures(selected);
            foldSide();
        });
        lists = new TabPane(actionsTab, exceptionsTab, measuresTab);
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lists.getStyleClass().add("plan-lists");
        lists.setAccessibleText("Actions, exceptions and measures");
        side = new StackPane(editorSlot, measureSlot, recordedNotice(model));
        side.getStyleClass().add("editor-side");
        // a recorded position is not edited; beside the measures, the chosen measure is
        editorSlot.visibleProperty().bind(model.readOnlyProperty().not().and(measuresTab.selectedProperty().not()));
        measureSlot.visibleProperty().bind(model.readOnlyProperty().not().and(measuresTab.selectedProperty()));
        centre = new SplitPane(timeline, lists);
        centre.setOrientation(Orientation.VERTICAL);
        getItems().addAll(navigator, centre);
        side.setMinWidth(330);
        navigator.setMinWidth(150);
        SplitPane.setResizableWithParent(navigator, false);
        SplitPane.setResizableWithParent(side, false);
        layout = new PaneLayout(this, navigator, side, centre, editorHidden);
        model.readOnlyProperty().addListener((obs, was, readOnly) -> foldSide());
        editorHidden.addListener((obs, was, hidden) -> {
            foldSide();
            layout.changed();
        });
        centre.setDividerPositions(timelineShare);
    }

    /** Whether the user hid the editor's pane (View > Show editor pane); it stays hidden until shown again. */
    javafx.beans.property.BooleanProperty editorHiddenProperty() {
        return editorHidden;
    }

    PaneLayout paneLayout() {
        return layout;
    }

    /**
     * The editor's pane takes room only while there is something in it to edit, or a recorded position to explain
     * (why nothing can be edited), and the user has not hidden it.
     */
    private void foldSide() {
        boolean chosen = showsMeasures() ? measures != null && measures.selectedProperty().get() != null
                : model.selectedActionIdProperty().get() != null;
        layout.showSide((chosen || model.readOnlyProperty().get()) && !editorHidden.get());
    }

    /** In the editor's place while a recorded position is shown: why nothing can be edited, and how to edit. */
    private static Label recordedNotice(PlanViewModel model) {
        Label notice = new Label();
        notice.textProperty().bind(model.asAtTextProperty().map(t -> "The plan is shown " + t + ", which cannot be"
                + " edited. View > Show as at > Today shows the plan as it is now, to edit it."));
        notice.visibleProperty().bind(model.readOnlyProperty());
        notice.setWrapText(true);
        notice.getStyleClass().addAll("editor-empty", "recorded-notice");
        return notice;
    }

    ActionsTable table() {
        return table;
    }

    ActionEditor editor() {
        if (editor == null) {
            editor = new ActionEditor(model, reasons);
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

    /** Built when first shown, like the editor: a second table on the path to the first frame costs start-up. */
    ExceptionsView exceptions() {
        if (exceptions == null) {
            exceptions = new ExceptionsView(model, this::goTo);
            exceptionsTab.setContent(exceptions);
        }
        return exceptions;
    }

    /** Built when first shown, with the measure editor beside it. */
    MeasuresView measures() {
        if (measures == null) {
            measureDesk = new MeasureDesk(model, this::window,
                    (header, text) -> Notices.alerts(window()).info(header, text),
                    (header, text, action) -> Confirmations.ask(window(), header, text, action));
            measures = new MeasuresView(measureDesk, this::addMeasure);
            measureSlot.getChildren().setAll(emptyMeasureEditor());
            measureSlot.getStyleClass().add("action-editor");
            measures.selectedProperty().addListener((obs, o, id) -> {
                if (id != null) {
                    measureEditor();
                }
                foldSide();
            });
            measuresTab.setContent(measures);
        }
        return measures;
    }

    /** Built when a measure is first chosen, like the action editor: the tab opens sooner without it. */
    MeasureEditor measureEditor() {
        measures();
        if (measureEditor == null) {
            measureEditor = new MeasureEditor(measureDesk, measures.selectedProperty());
            measureSlot.getChildren().setAll(measureEditor);
        }
        return measureEditor;
    }

    private static Label emptyMeasureEditor() {
        Label empty = new Label("Choose a measure in the Measures tab to edit it, or add one with"
                + " Plan > Add measure…");
        empty.setWrapText(true);
        empty.getStyleClass().add("editor-empty");
        return empty;
    }

    /** Shows the Measures tab, and its list for the keyboard. */
    void showMeasures() {
        lists.getSelectionModel().select(measuresTab);
        measures().table().requestFocus();
    }

    boolean showsMeasures() {
        return lists != null && lists.getSelectionModel().getSelectedItem() == measuresTab;
    }

    /**
     * The measures, with their charts, need more height than a list of actions: the timeline gives up most of its
     * share while they are shown, and gets it back after.
     */
    private void roomForMeasures(boolean shown) {
        if (shown) {
            timelineShare = centre.getDividerPositions()[0];
            layout.pauseTimelineShare(true);
            centre.setDividerPositions(Math.min(timelineShare, 0.22));
        } else {
            centre.setDividerPositions(timelineShare);
            layout.pauseTimelineShare(false);
        }
    }

    /** Plan > Add measure…: for the priority the Measures tab shows, if it shows one. */
    void addMeasure() {
        addMeasure.execute(measures == null ? null : measures.scope().getValue().newMeasurePriority());
    }

    private void showMeasure(java.util.UUID id) {
        lists.getSelectionModel().select(measuresTab);
        measures().showAllAndSelect(id);
        javafx.application.Platform.runLater(() -> measureEditor.nameField().requestFocus());
    }

    private javafx.stage.Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Shows the exceptions (true) or the actions table (false) below the timeline. */
    void showExceptions(boolean shown) {
        lists.getSelectionModel().select(shown ? exceptionsTab : actionsTab);
    }

    boolean showsExceptions() {
        return lists.getSelectionModel().getSelectedItem() == exceptionsTab;
    }

    /** Goes to an exception: its action is selected, or its milestone on the timeline. */
    private void goTo(org.jointplan.domain.ReportPosition.ExceptionEntry entry) {
        if (entry.actionId() != null) {
            model.selectedActionIdProperty().set(entry.actionId());
        }
        timeline.timeline().setSelectedMilestoneId(entry.milestoneId());
        if (entry.actionId() != null) {
            timeline.timeline().scrollToAction(entry.actionId());
        }
    }
}
