package org.jointplan.ui.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Change;
import org.jointplan.service.ReportingCycle;
import org.jointplan.ui.editor.DateField;
import org.jointplan.ui.editor.FieldError;
import org.jointplan.ui.model.PlanViewModel;

/**
 * The plan's reporting calendar: the committees it reports to and when. Add, change or delete a date, or add the
 * usual ones (the Strategic Commissioning Group quarterly, scrutiny six-monthly) in one undoable change.
 */
final class ReportingCalendarPane extends VBox {
    private final PlanViewModel model;
    private final ListView<CommitteeDate> list = new ListView<>();
    private final ComboBox<String> name = new ComboBox<>();
    private final DateField date = new DateField("Meeting date");
    private final FieldError error = new FieldError();

    ReportingCalendarPane(PlanViewModel model) {
        super(8);
        this.model = model;
        setPadding(new Insets(12));
        list.setAccessibleText("Committee dates");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CommitteeDate c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : UkDates.numeric(c.date()) + "   " + c.name());
            }
        });
        list.setPlaceholder(new Label("No committee dates yet: add them below, or add the usual ones."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, c) -> {
            if (c != null) {
                name.getEditor().setText(c.name());
                date.load(c.date());
            }
        });
        name.setEditable(true);
        name.getItems().setAll(UsualCommitteeDates.SCG, UsualCommitteeDates.SCRUTINY);
        name.setPromptText("Committee");
        name.setAccessibleText("Committee");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        date.setPrefWidth(140);
        date.onError(error::show);
        Button usual = button("Add the usual dates", this::addUsual);
        usual.setTooltip(new Tooltip("The Strategic Commissioning Group a month after each quarter end, and"
                + " scrutiny two months after 30 September and 31 March, for the quarters in the plan's period"));
        getChildren().addAll(list, new HBox(6, name, date),
                new HBox(6, button("Add", this::add), button("Change", this::change), button("Delete", this::delete),
                        usual), error);
        VBox.setVgrow(list, Priority.ALWAYS);
        show(model.plan());
        model.planProperty().addListener((obs, o, p) -> show(p));
    }

    private void show(PlanData plan) {
        CommitteeDate selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(plan.committeeDates().stream()
                .sorted(Comparator.comparing(CommitteeDate::date).thenComparing(CommitteeDate::name)).toList());
        if (selected != null) {
            list.getItems().stream().filter(c -> c.id().equals(selected.id())).findFirst()
                    .ifPresent(c -> list.getSelectionModel().select(c));
        }
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    private void add() {
        String typed = name.getEditor().getText(); // read here, on the UI thread
        LocalDate day = date.getValue();
        apply(p -> ReportingCycle.addCommitteeDate(p, typed, day));
    }

    private void change() {
        CommitteeDate c = list.getSelectionModel().getSelectedItem();
        if (c != null) {
            String typed = name.getEditor().getText();
            LocalDate day = date.getValue();
            apply(p -> ReportingCycle.editCommitteeDate(p, c.id(), typed, day));
        }
    }

    private void delete() {
        CommitteeDate c = list.getSelectionModel().getSelectedItem();
        if (c != null) {
            apply(p -> ReportingCycle.deleteCommitteeDate(p, c.id()));
        }
    }

    /** The usual dates not already in the calendar, added as one change. */
    private void addUsual() {
        apply(UsualDates::change);
    }

    /** Checked at once against the plan shown, so a refusal is explained here and nothing is sent to be saved. */
    private void apply(Function<PlanData, Change> edit) {
        try {
            edit.apply(model.plan());
        } catch (ValidationException e) {
            error.show(e.getMessage());
            return;
        }
        error.clear();
        model.apply(edit, error::show);
    }

    /** The usual meetings the plan does not already have, as one change. */
    private static final class UsualDates {
        static Change change(PlanData plan) {
            List<Stamped> saves = new ArrayList<>();
            for (UsualCommitteeDates.Meeting m : UsualCommitteeDates.within(plan.plan().period())) {
                boolean there = plan.committeeDates().stream().anyMatch(c -> c.date().equals(m.date())
                        && c.name().toLowerCase(Locale.UK).equals(m.name().toLowerCase(Locale.UK)));
                if (!there) {
                    saves.addAll(ReportingCycle.addCommitteeDate(plan, m.name(), m.date()).saves());
                }
            }
            if (saves.isEmpty()) {
                throw new ValidationException("The usual committee dates of this plan's period are already in"
                        + " its calendar.");
            }
            return new Change("Add the usual committee dates", List.of(), saves);
        }
    }
}
