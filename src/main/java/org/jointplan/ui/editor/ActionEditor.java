package org.jointplan.ui.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.jointplan.domain.Action;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/**
 * Edits the selected action. Each field is saved by itself when the user leaves it or presses Enter (choices at
 * once), as one undoable change; a value the plan's rules refuse is explained under the field and not saved.
 */
public final class ActionEditor extends StackPane {
    private final PlanViewModel model;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<org.jointplan.domain.Priority> priority = new ComboBox<>();
    private final CheckComboBox<org.jointplan.domain.Priority> otherPriorities = new CheckComboBox<>();
    private final ComboBox<Partner> partner = new ComboBox<>();
    private final TextField owner = new TextField();
    private final DateField start = new DateField("Start date");
    private final DateField due = new DateField("Due date");
    private final ComboBox<Status> status = new ComboBox<>();
    private final TextField percent = new TextField();
    private final TextField reason = new TextField();
    private final TextArea notes = new TextArea();
    private final FieldError titleError = new FieldError();
    private final FieldError datesError = new FieldError();
    private final FieldError statusError = new FieldError();
    private final FieldError otherError = new FieldError();
    private final MilestonesPane milestones;
    private final DependenciesPane dependencies;
    private final ProgressLogPane progressLog;
    private final Label empty = new Label("Select an action in the table or the timeline to edit it,"
            + " or add one with Edit > New action (Ctrl+N).");
    private final VBox form = new VBox(10);
    private boolean loading;

    public ActionEditor(PlanViewModel model) {
        this.model = model;
        getStyleClass().add("action-editor");
        milestones = new MilestonesPane(model);
        dependencies = new DependenciesPane(model);
        progressLog = new ProgressLogPane(model);
        empty.setWrapText(true);
        empty.getStyleClass().add("editor-empty");
        configureFields();
        Label heading = new Label("Action");
        heading.getStyleClass().add("editor-heading");
        Button delete = new Button("Delete action…");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> new DeleteActionCommand(model, this).run());
        form.getChildren().addAll(heading, fields(), milestones, dependencies, progressLog, delete);
        form.setPadding(new Insets(12));
        form.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        getChildren().addAll(scroll, empty);
        model.planProperty().addListener((obs, o, p) -> refresh());
        model.selectedActionIdProperty().addListener((obs, o, id) -> {
            clearErrors();
            refresh();
        });
        refresh();
    }

    private Node fields() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(160);
        grid.getColumnConstraints().setAll(labels, values);
        int row = 0;
        row = add(grid, row, "_Title", title, titleError);
        row = add(grid, row, "Descr_iption", description, null);
        row = add(grid, row, "_Priority", priority, null);
        row = add(grid, row, "Also serves", otherPriorities, otherError);
        row = add(grid, row, "_Lead partner", partner, null);
        row = add(grid, row, "_Owner", owner, null);
        row = add(grid, row, "_Start", start, null);
        row = add(grid, row, "_Due", due, datesError);
        row = add(grid, row, "St_atus", status, null);
        row = add(grid, row, "Percent _complete", percent, statusError);
        row = add(grid, row, "_Reason (amber/red)", reason, null);
        add(grid, row, "Private _notes", notes, null);
        GridPane.setHgrow(title, Priority.ALWAYS);
        return grid;
    }

    private static int add(GridPane grid, int row, String label, Node field, FieldError error) {
        Label name = new Label(label);
        name.setMnemonicParsing(true);
        name.setLabelFor(field);
        name.getStyleClass().add("field-label");
        grid.add(name, 0, row);
        grid.add(field, 1, row);
        if (field instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
            if (c.getAccessibleText() == null) {
                c.setAccessibleText(label.replace("_", ""));
            }
        }
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (error != null) {
            grid.add(error, 1, row + 1);
            return row + 2;
        }
        return row + 1;
    }

    private void configureFields() {
        description.setPrefRowCount(3);
        description.setWrapText(true);
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.setPromptText("Working notes: never projected or put in summaries");
        percent.setPromptText("0-100");
        reason.setPromptText("Why it is at risk or off track, and the corrective action");
        status.getItems().setAll(Status.values());
        status.setConverter(Converters.of(s -> s.symbol() + " " + s.label()));
        priority.setConverter(Converters.of(p -> p.order() + ". " + p.name()));
        otherPriorities.setConverter(Converters.of(p -> p.order() + ". " + p.shortName()));
        partner.setConverter(Converters.of(p -> p.name()));
        onLeave(title, titleError, "title", b -> b.title(title.getText()));
        onLeave(description, null, "description", b -> b.description(description.getText()));
        onLeave(owner, null, "owner", b -> b.owner(owner.getText()));
        onLeave(reason, statusError, "reason", b -> b.statusReason(reason.getText()));
        onLeave(notes, null, "notes", b -> b.notes(notes.getText()));
        onLeave(percent, statusError, "percent complete", b -> b.percentComplete(parsePercent(percent.getText())));
        start.onCommit(d -> commit("start date", datesError, b -> b.start(d)));
        due.onCommit(d -> commit("due date", datesError, b -> b.due(d)));
        start.onError(datesError::show);
        due.onError(datesError::show);
        status.valueProperty().addListener((obs, o, s) -> commitChoice(s, "status", statusError,
                b -> b.status(s)));
        priority.valueProperty().addListener((obs, o, p) -> commitChoice(p, "priority", otherError,
                b -> b.priorityId(p.id())));
        partner.valueProperty().addListener((obs, o, p) -> commitChoice(p, "lead partner", null,
                b -> b.leadPartnerId(p.id())));
        otherPriorities.getCheckModel().getCheckedItems().addListener(
                (ListChangeListener<org.jointplan.domain.Priority>) c -> {
                    Set<UUID> ids = new HashSet<>();
                    otherPriorities.getCheckModel().getCheckedItems().forEach(p -> ids.add(p.id()));
                    commitChoice(ids, "other priorities", otherError, b -> b.otherPriorityIds(ids));
                });
    }

    private static int parsePercent(String text) {
        try {
            return Integer.parseInt(text.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            throw new ValidationException("Percent complete must be a whole number from 0 to 100.");
        }
    }

    private void onLeave(TextInputControl field, FieldError error, String what,
                         UnaryOperator<Action.Builder> edit) {
        field.textProperty().addListener((obs, o, n) -> Typing.mark(field, !loading));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                Typing.mark(field, false);
                commit(what, error, edit);
            }
        });
        if (field instanceof TextField text) {
            text.setOnAction(e -> {
                Typing.mark(field, false);
                commit(what, error, edit);
            });
        }
    }

    private <T> void commitChoice(T value, String what, FieldError error, UnaryOperator<Action.Builder> edit) {
        if (!loading && value != null) {
            commit(what, error, edit);
        }
    }

    /** Checks the edit against the plan's rules here, at the field, then saves it as one change. */
    private void commit(String what, FieldError error, UnaryOperator<Action.Builder> edit) {
        Action current = model.selectedAction().orElse(null);
        if (loading || current == null) {
            return;
        }
        FieldError shown = error == null ? titleError : error;
        try {
            if (edit.apply(current.toBuilder()).build().equals(current)) {
                shown.clear();
                return;
            }
        } catch (ValidationException e) {
            shown.show(e.getMessage());
            return;
        }
        shown.clear();
        UUID id = current.id();
        model.apply(plan -> Edits.editAction(edit.apply(plan.action(id).orElseThrow(() ->
                new ValidationException("That action is no longer in the plan.")).toBuilder()).build(), what),
                shown::show);
    }

    private void clearErrors() {
        List.of(titleError, datesError, statusError, otherError).forEach(FieldError::clear);
    }

    /** Shows the selected action's saved values. */
    private void refresh() {
        Action action = model.selectedAction().orElse(null);
        empty.setVisible(action == null);
        form.setVisible(action != null);
        if (action == null) {
            return;
        }
        PlanData plan = model.plan();
        loading = true;
        try {
            setText(title, action.title());
            setText(description, action.description());
            setText(owner, action.owner());
            setText(reason, action.statusReason());
            setText(notes, action.notes());
            setText(percent, Integer.toString(action.percentComplete()));
            start.load(action.start());
            due.load(action.due());
            status.setValue(action.status());
            priority.getItems().setAll(plan.priorities());
            priority.setValue(plan.priority(action.priorityId()).orElse(null));
            partner.getItems().setAll(plan.partners());
            partner.setValue(action.leadPartnerId() == null ? null : plan.partner(action.leadPartnerId())
                    .orElse(null));
            otherPriorities.getCheckModel().clearChecks();
            otherPriorities.getItems().setAll(plan.priorities().stream()
                    .filter(p -> !p.id().equals(action.priorityId())).toList());
            otherPriorities.getItems().stream().filter(p -> action.otherPriorityIds().contains(p.id()))
                    .forEach(p -> otherPriorities.getCheckModel().check(p));
            milestones.show(action, plan);
            dependencies.show(action, plan);
            progressLog.show(action, plan);
        } finally {
            loading = false;
        }
    }

    private static void setText(TextInputControl field, String value) {
        if (!Objects.equals(field.getText(), value)) {
            field.setText(value);
        }
    }

    /** The title field, focused when a new action is added. */
    public TextField titleField() {
        return title;
    }

    static HBox row(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setFillHeight(true);
        return box;
    }
}
