package org.jointplan.ui.measures;

import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jointplan.domain.Measure;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Measures;

/**
 * Edits the measure chosen in the Measures view: its fields (saved together with Save or Enter, as one undoable
 * edit; a refusal is told and nothing is stored) and its figures by period.
 */
public final class MeasureEditor extends StackPane {
    private final MeasureDesk desk;
    private final ObservableValue<UUID> selected;
    private final Label heading = new Label();
    private final MeasureForm form;
    private final ValuesTable values;
    private final Label empty = new Label("Choose a measure in the Measures tab to edit it, or add one with"
            + " Plan > Add measure…");
    private final ScrollPane scroll;
    private Measure loaded;

    public MeasureEditor(MeasureDesk desk, ObservableValue<UUID> selected) {
        this.desk = desk;
        this.selected = selected;
        getStyleClass().add("measure-editor-pane");
        getStylesheets().add(Objects.requireNonNull(MeasureEditor.class.getResource("measures.css"))
                .toExternalForm());
        form = new MeasureForm(this::save);
        values = new ValuesTable(desk);
        heading.getStyleClass().add("measure-editor-heading");
        heading.setWrapText(true);
        Button save = new Button("Save measure");
        save.setOnAction(e -> save());
        Button revert = new Button("Revert");
        revert.setTooltip(new javafx.scene.control.Tooltip("Put the fields back as the measure is saved"));
        revert.setOnAction(e -> reload(true));
        Button delete = new Button("Delete measure…");
        delete.setOnAction(e -> delete());
        HBox buttons = new HBox(6, save, revert, MeasuresView.spacer(), delete);
        Label figures = new Label("Figures by period");
        figures.getStyleClass().add("measure-section");
        Label hint = new Label("Edit a cell and press Enter. Paste one or two columns copied from a spreadsheet"
                + " with Ctrl+V. ⟂ marks a period after which the SPC limits are rebased.");
        hint.setWrapText(true);
        hint.getStyleClass().add("measure-hint");
        VBox content = new VBox(8, heading, form, buttons, figures, hint, values);
        content.getStyleClass().add("measure-editor");
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        empty.setWrapText(true);
        empty.getStyleClass().add("editor-empty");
        selected.addListener((obs, o, id) -> reload(true));
        desk.model().shownProperty().addListener((obs, o, shown) -> reload(false));
        reload(true);
    }

    MeasureForm form() {
        return form;
    }

    /** A field of the form by its label's words ("Source", "Baseline value"), for tests and screen readers alike. */
    public javafx.scene.control.Control field(String accessibleText) {
        return find(form, accessibleText);
    }

    private static javafx.scene.control.Control find(javafx.scene.Parent parent, String accessibleText) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.Control c && accessibleText.equals(c.getAccessibleText())) {
                return c;
            }
            if (n instanceof javafx.scene.Parent p) {
                javafx.scene.control.Control found = find(p, accessibleText);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Why the frequency cannot change, or "" when it can. */
    public String frequencyLocked() {
        return form.frequencyLocked.getText();
    }

    ValuesTable values() {
        return values;
    }

    /** The figures by period, one row each. */
    public javafx.scene.control.TableView<?> figuresTable() {
        return values.table();
    }

    /** "Rebase after this period" (or "Remove the rebase") for the chosen period. */
    public Button rebaseButton() {
        return values.rebaseButton();
    }

    /** The name field, for View > Go to editor. */
    public javafx.scene.control.TextField nameField() {
        return form.name;
    }

    /** The fields are reloaded when another measure is chosen or this one changed; figures always. */
    private void reload(boolean force) {
        PlanData plan = desk.model().shownPlan();
        UUID id = selected.getValue();
        Measure m = id == null ? null : plan.measures().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElse(null);
        if (m == null) {
            loaded = null;
            getChildren().setAll(empty);
            values.load(null, plan);
            return;
        }
        getChildren().setAll(scroll);
        if (force || !m.equals(loaded)) {
            form.load(m, plan, !Measures.valuesOf(plan, m.id()).isEmpty());
            heading.setText(m.name());
            loaded = m;
        }
        values.load(m, plan);
    }

    void save() {
        if (loaded == null) {
            return;
        }
        UUID id = loaded.id();
        UnaryOperator<Measure> edit;
        try {
            edit = form.typed();
        } catch (ValidationException e) {
            desk.tell().info("The measure was not saved", e.getMessage());
            return;
        }
        desk.model().apply(plan -> Measures.edit(plan, edit.apply(Measures.measure(plan, id))),
                message -> desk.tell().info("The measure was not saved", message));
    }

    private void delete() {
        if (loaded == null) {
            return;
        }
        UUID id = loaded.id();
        int figures = Measures.valuesOf(desk.model().plan(), id).size();
        if (desk.ask().ask("Delete the measure?", "Delete " + loaded.name() + (figures == 0 ? "" : " and its "
                + figures + (figures == 1 ? " figure" : " figures")) + "? Undo brings it back.", "Delete it")) {
            desk.model().apply(plan -> Measures.delete(plan, id),
                    message -> desk.tell().info("The measure was not deleted", message));
        }
    }
}
