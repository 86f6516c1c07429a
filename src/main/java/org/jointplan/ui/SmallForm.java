package org.jointplan.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A small dialog of labelled fields: an explanation, the fields, and under them why the confirming button is
 * disabled, if it is. The first field has the focus, Enter confirms and Escape cancels.
 */
public final class SmallForm<R> {
    private static final PseudoClass UNTOUCHED = PseudoClass.getPseudoClass("untouched");
    private final Dialog<R> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label problem = new Label();
    private final ButtonType confirm;
    private Node first;

    public SmallForm(Window owner, String title, String explanation, String confirmText, String cancelText) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm,
                new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE));
        Label text = new Label(explanation);
        text.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(8);
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        VBox box = new VBox(12, text, grid, problem);
        box.getStyleClass().add("small-form");
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getStylesheets().add(Objects.requireNonNull(
                SmallForm.class.getResource("jointplan.css")).toExternalForm());
        dialog.setOnShown(e -> {
            if (first != null) {
                first.requestFocus();
            }
        });
    }

    /** Adds a labelled field; its label's mnemonic (an underscore) moves the focus to it. */
    public <C extends Control> C field(String label, C control) {
        Label name = new Label(label);
        name.setMnemonicParsing(true);
        name.setLabelFor(control);
        name.setMinWidth(Label.USE_PREF_SIZE);
        control.setAccessibleText(label.replace("_", ""));
        control.setMaxWidth(Double.MAX_VALUE);
        int row = grid.getRowCount();
        grid.addRow(row, name, control);
        javafx.scene.layout.GridPane.setHgrow(control, javafx.scene.layout.Priority.ALWAYS);
        if (first == null) {
            first = control;
        }
        return control;
    }

    /** A row of its own, such as a list of check boxes, under the fields. */
    public void row(Node node) {
        grid.add(node, 0, grid.getRowCount(), 2, 1);
    }

    /**
     * The confirming button is disabled while {@code check} finds a problem, which is shown under the fields: as a
     * quiet hint until the user has typed, then as an error (an empty form is not a mistake yet).
     */
    public void validate(Supplier<Optional<String>> check, Observable... inputs) {
        StringBinding why = Bindings.createStringBinding(() -> check.get().orElse(""), inputs);
        problem.textProperty().bind(why);
        problem.pseudoClassStateChanged(UNTOUCHED, true);
        // typing, not a changed value: a combo box's editor is set when it is first shown
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_TYPED, typed ->
                problem.pseudoClassStateChanged(UNTOUCHED, false));
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(why.isNotEmpty());
    }

    /** What the dialog gives when confirmed. */
    public SmallForm<R> result(Supplier<R> value) {
        dialog.setResultConverter(button -> button == confirm ? value.get() : null);
        return this;
    }

    public Button confirmButton() {
        return (Button) dialog.getDialogPane().lookupButton(confirm);
    }

    public Dialog<R> dialog() {
        return dialog;
    }

    /** Shows the dialog and waits: the result if it is confirmed. */
    public Optional<R> showAndWait() {
        return dialog.showAndWait();
    }

    /** Shows the dialog without waiting; {@code onConfirm} gets the result if it is confirmed. */
    public void show(java.util.function.Consumer<R> onConfirm) {
        dialog.setOnHidden(e -> Optional.ofNullable(dialog.getResult()).ifPresent(onConfirm));
        dialog.show();
    }
}
