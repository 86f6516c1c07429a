package org.jointplan.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.jointplan.ui.editor.ActionEditor;
import org.jointplan.ui.model.PlanViewModel;

/**
 * The panes of an open plan: navigator, timeline above the actions table (or the exceptions, on a tab beside it),
 * and the editor; the editor is disabled while a recorded position is shown. The editor is built
 * when it is first needed: it is the heaviest pane, and the window shows sooner without it.
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
        timeline = new TimelinePane(model, table.shownProperty(), reasons);
        actionsTab = new Tab("Actions", table);
        exceptionsTab = new Tab("Exceptions");
        exceptionsTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                exceptions();
            }
        });
        lists = new TabPane(actionsTab, exceptionsTab);
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lists.getStyleClass().add("plan-lists");
        StackPane side = new StackPane(editorSlot, recordedNotice(model));
        editorSlot.visibleProperty().bind(model.readOnlyProperty().not()); // a recorded position is not edited
        SplitPane centre = new SplitPane(timeline, lists);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.55);
        getItems().addAll(navigator, centre, side);
        side.setMinWidth(400);
        navigator.setMinWidth(180);
        setDividerPositions(0.16, 0.74);
        SplitPane.setResizableWithParent(navigator, false);
        SplitPane.setResizableWithParent(side, false);
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
