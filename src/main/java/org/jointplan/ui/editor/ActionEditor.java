package org.jointplan.ui.editor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.jointplan.domain.Action;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.ActionFields;
import org.jointplan.service.Change;
import org.jointplan.service.EditField;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/**
 * Edits the selected action. Each field is saved by itself when the user leaves it or presses Enter (choices at
 * once), as one undoable change; a value the plan's rules refuse is explained under the field and not saved, and
 * what the user typed stays in the field to be corrected. Only the typed value leaves the UI thread.
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
    private final TextArea corrective = new TextArea();
    private final TextField decision = new TextField();
    private final Label baseline = new Label();
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
    private final FieldSaver<Action> saver;
    private final DateMoves moves;
    private org.jointplan.domain.BragKey shownKey;

    /** @param prompt asks why a due date moves past its baseline */
    public ActionEditor(PlanViewModel model, ReasonPrompt prompt) {
        this.model = model;
        this.moves = new DateMoves(model, prompt);
        saver = new FieldSaver<>(model) {
            @Override
            protected Action shown() {
                return model.selectedAction().orElse(null);
            }

            @Override
            protected <T> Change change(PlanData plan, Action shown, EditField<Action, T> field, T value) {
                return Edits.editAction(plan, shown.id(), field, value);
            }
        };
        getStyleClass().add("action-editor");
        milestones = new MilestonesPane(model, moves);
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
        row = add(grid, row, "Priorit_y", priority, null);
        row = add(grid, row, "Also serves", otherPriorities, otherError);
        row = add(grid, row, "_Lead partner", partner, null);
        row = add(grid, row, "O_wner", owner, null);
        row = add(grid, row, "_Start", start, null);
        row = add(grid, row, "_Due", due, datesError);
        grid.add(baseline, 1, row++);
        row = add(grid, row, "St_atus", status, null);
        row = add(grid, row, "Percent co_mplete", percent, statusError);
        row = add(grid, row, "_Reason (amber/red)", reason, null);
        row = add(grid, row, "C_orrective action", corrective, null);
        row = add(grid, row, "De_cision needed", decision, null);
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
        reason.setPromptText("Why it is at risk or off track");
        corrective.setPrefRowCount(2);
        corrective.setWrapText(true);
        corrective.setPromptText("What is being done about it, for the exception report");
        decision.setPromptText("A decision the committee is asked for; empty when none");
        baseline.getStyleClass().addAll("baseline", "baseline-dates");
        baseline.setWrapText(true);
        status.getItems().setAll(Status.values());
        status.setConverter(Converters.statuses(model.plan().plan().bragKey()));
        priority.setConverter(Converters.of(p -> p.order() + ". " + p.name()));
        otherPriorities.setConverter(Converters.of(p -> p.order() + ". " + p.shortName()));
        partner.setConverter(Converters.of(p -> p.name()));
        saver.onLeave(title, titleError, ActionFields.TITLE, title::getText);
        saver.onLeave(description, titleError, ActionFields.DESCRIPTION, description::getText);
        saver.onLeave(owner, titleError, ActionFields.OWNER, owner::getText);
        saver.onLeave(reason, statusError, ActionFields.STATUS_REASON, reason::getText);
        saver.onLeave(notes, titleError, ActionFields.NOTES, notes::getText);
        saver.onLeave(corrective, statusError, ActionFields.CORRECTIVE_ACTION, corrective::getText);
        saver.onLeave(decision, statusError, ActionFields.DECISION_NEEDED, decision::getText);
        saver.onLeave(percent, statusError, ActionFields.PERCENT, () -> parsePercent(percent.getText()));
        saver.onDate(start, datesError, ActionFields.START);
        saver.onDate(due, datesError, ActionFields.DUE);
        due.onCommit(this::dueChosen);
        status.valueProperty().addListener((obs, o, s) -> saver.choose(status, statusError, ActionFields.STATUS, s));
        priority.valueProperty().addListener((obs, o, p) -> saver.choose(priority, otherError,
                ActionFields.PRIORITY, p == null ? null : p.id()));
        partner.valueProperty().addListener((obs, o, p) -> saver.choose(partner, titleError,
                ActionFields.LEAD_PARTNER, p == null ? null : p.id()));
        otherPriorities.getCheckModel().getCheckedItems().addListener(
                (ListChangeListener<org.jointplan.domain.Priority>) c -> {
                    Set<UUID> ids = new HashSet<>();
                    otherPriorities.getCheckModel().getCheckedItems().forEach(p -> ids.add(p.id()));
                    saver.choose(otherPriorities, otherError, ActionFields.OTHER_PRIORITIES, Set.copyOf(ids));
                });
    }

    /** Past an agreed baseline the move is kept with its reason, asked for first; Cancel puts the date back. */
    private void dueChosen(LocalDate date) {
        Action action = model.selectedAction().orElse(null);
        if (action == null || !action.hasBaseline()) {
            saver.commit(due, datesError, ActionFields.DUE, () -> date);
            return;
        }
        if (date.equals(action.due())) {
            return;
        }
        saver.kept().accept(due);
        datesError.clear();
        moves.moveAction(due, action.id(), null, date, "due date", message -> {
            saver.kept().refuse(due);
            datesError.show(message);
        }, () -> due.load(model.selectedAction().map(Action::due).orElse(action.due())));
    }

    /** "Baseline: 01/09/2024 – 31/12/2024, slipped 14 days"; nothing before the baseline is agreed. */
    private void showBaseline(Action action) {
        baseline.setVisible(action.hasBaseline());
        baseline.setManaged(action.hasBaseline());
        if (action.hasBaseline()) {
            long slipped = ChronoUnit.DAYS.between(action.baselineDue(), action.due());
            baseline.setText("Baseline: " + UkDates.numeric(action.baselineStart()) + " – "
                    + UkDates.numeric(action.baselineDue()) + (slipped > 0 ? ", slipped " + slipped
                    + (slipped == 1 ? " day" : " days") : ""));
        }
    }

    private static int parsePercent(String text) {
        try {
            return Integer.parseInt(text.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            throw new ValidationException("Percent complete must be a whole number from 0 to 100.");
        }
    }

    private void clearErrors() {
        saver.kept().clear();
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
        saver.kept().showing(action.id());
        saver.load(() -> {
            setText(title, action.title());
            setText(description, action.description());
            setText(owner, action.owner());
            setText(reason, action.statusReason());
            setText(notes, action.notes());
            setText(corrective, action.correctiveAction());
            setText(decision, action.decisionNeeded());
            showBaseline(action);
            setText(percent, Integer.toString(action.percentComplete()));
            if (!saver.kept().keeps(start)) {
                start.load(action.start());
            }
            if (!saver.kept().keeps(due)) {
                due.load(action.due());
            }
            if (!plan.plan().bragKey().equals(shownKey)) { // the plan's words for the statuses
                shownKey = plan.plan().bragKey();
                status.setConverter(Converters.statuses(shownKey));
            }
            if (!saver.kept().keeps(status)) {
                status.setValue(action.status());
            }
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
        });
    }

    private void setText(TextInputControl field, String value) {
        saver.kept().setText(field, value);
    }

    /** The title field, focused when a new action is added. */
    public TextField titleField() {
        return title;
    }

}
