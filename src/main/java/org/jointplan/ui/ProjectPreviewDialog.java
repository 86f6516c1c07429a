package org.jointplan.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.service.ProjectImports;

/**
 * The preview of another planner's file before anything is stored: the counts, the notes by kind, and the whole plan
 * as it would be imported, line by line (every warning included), with the two ways on: add it as a new plan, or
 * update the plan on screen through the review window.
 */
final class ProjectPreviewDialog extends Dialog<ProjectPreviewDialog.Choice> {
    /** What the user chose to do with the file. */
    enum Choice { ADD_AS_NEW, UPDATE_OPEN_PLAN }

    ProjectPreviewDialog(Window owner, IncomingPlan incoming, String openPlanTitle) {
        initOwner(owner);
        setTitle("Import from another planner");
        setHeaderText("'" + incoming.plan().plan().title() + "' from " + incoming.source() + ": "
                + ProjectImports.counts(incoming) + ".");
        Label notes = new Label(incoming.notes().isEmpty() ? "Everything in the file was carried over."
                : count(incoming.count(ImportNote.Kind.WARNING), "warning", "warnings") + ", "
                + count(incoming.count(ImportNote.Kind.SKIPPED), "task left out", "tasks left out") + " and "
                + count(incoming.count(ImportNote.Kind.NOT_CARRIED_OVER), "thing not carried over",
                "things not carried over") + "; each is listed below.");
        notes.setWrapText(true);
        TextArea lines = new TextArea(String.join("\n", ProjectImports.preview(incoming)));
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefRowCount(22);
        lines.setPrefColumnCount(70);
        lines.setAccessibleText("What would be imported, and every note on the file");
        VBox content = new VBox(8, notes, lines);
        getDialogPane().setContent(content);
        // long lines wrap: the dialog stays inside a small laptop screen
        getDialogPane().setMaxWidth(900);
        ButtonType add = new ButtonType("Add as a new plan", ButtonBar.ButtonData.OK_DONE);
        ButtonType update = new ButtonType("Update '" + openPlanTitle + "'\u2026", ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().addAll(add, update, ButtonType.CANCEL);
        setResizable(true);
        setOnShown(e -> keepOnScreen(getDialogPane().getScene().getWindow()));
        setResultConverter(b -> b == add ? Choice.ADD_AS_NEW : b == update ? Choice.UPDATE_OPEN_PLAN : null);
    }

    /** A dialog centred on a narrow owner can start off the screen's edge; it is moved back inside. */
    private static void keepOnScreen(Window dialog) {
        Rectangle2D screen = Screen.getScreensForRectangle(dialog.getX(), dialog.getY(), dialog.getWidth(),
                dialog.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        dialog.setWidth(Math.min(dialog.getWidth(), screen.getWidth()));
        dialog.setHeight(Math.min(dialog.getHeight(), screen.getHeight()));
        dialog.setX(Math.max(screen.getMinX(), Math.min(dialog.getX(), screen.getMaxX() - dialog.getWidth())));
        dialog.setY(Math.max(screen.getMinY(), Math.min(dialog.getY(), screen.getMaxY() - dialog.getHeight())));
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
