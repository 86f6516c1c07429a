package org.jointplan.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import org.jointplan.ui.editor.ActionEditor;
import org.jointplan.ui.model.PlanViewModel;

/**
 * The panes of an open plan: navigator, timeline above the actions table, and the editor. The editor is built
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
        SplitPane centre = new SplitPane(timeline, table);
        centre.setOrientation(Orientation.VERTICAL);
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
}
