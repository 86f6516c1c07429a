package org.jointplan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.jointplan.ui.model.PlanViewModel;

/** The filters above the actions table. Each choice is a labelled control reachable by keyboard. */
final class ActionFilterBar extends FlowPane {
    private static final List<Integer> WEEKS = List.of(2, 4, 8, 12);

    private final TextField search = new TextField();
    private final ComboBox<Choice<UUID>> priority = new ComboBox<>();
    private final ComboBox<Choice<UUID>> partner = new ComboBox<>();
    private final ComboBox<Choice<String>> owner = new ComboBox<>();
    private final ComboBox<Choice<Status>> status = new ComboBox<>();
    private final CheckBox overdue = new CheckBox("Overdue only");
    private final ComboBox<Choice<Integer>> dueWithin = new ComboBox<>();
    private final Label count = new Label();
    private final Runnable onChange;
    private boolean refreshing;

    ActionFilterBar(PlanViewModel model, Runnable onChange) {
        this.onChange = onChange;
        getStyleClass().add("filter-bar");
        setHgap(8);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        search.setPromptText("Search actions (Ctrl+F)");
        search.setAccessibleText("Search actions");
        search.setPrefColumnCount(18);
        search.setId("search");
        List<Choice<Integer>> weeks = new ArrayList<>(List.of(Choice.any("Due any time")));
        WEEKS.forEach(w -> weeks.add(new Choice<>(w, "Due in the next " + w + " weeks")));
        dueWithin.getItems().setAll(weeks);
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> clear());
        for (ComboBox<?> box : List.of(priority, partner, owner, status, dueWithin)) {
            box.valueProperty().addListener((obs, o, n) -> changed());
            box.setConverter(new ChoiceConverter<>());
            box.setMaxWidth(220);
        }
        priority.setAccessibleText("Filter by priority");
        partner.setAccessibleText("Filter by lead partner");
        owner.setAccessibleText("Filter by owner");
        status.setAccessibleText("Filter by status");
        dueWithin.setAccessibleText("Filter by due date");
        search.textProperty().addListener((obs, o, n) -> changed());
        overdue.selectedProperty().addListener((obs, o, n) -> changed());
        getChildren().addAll(search, priority, partner, owner, status, overdue, dueWithin, clear, count);
        refreshChoices(model.plan());
        reset();
    }

    ActionFilter filter() {
        return new ActionFilter(value(priority), value(partner), value(owner), value(status), overdue.isSelected(),
                value(dueWithin), search.getText());
    }

    TextField searchField() {
        return search;
    }

    void showPriority(UUID priorityId) {
        priority.getItems().stream().filter(c -> Objects.equals(c.value(), priorityId)).findFirst()
                .ifPresent(priority::setValue);
    }

    void showCount(int shown, int total) {
        count.setText(shown == total ? total + " actions" : shown + " of " + total + " actions");
    }

    void clear() {
        reset();
        onChange.run();
    }

    private void reset() {
        refreshing = true;
        search.clear();
        for (ComboBox<?> box : List.of(priority, partner, owner, status, dueWithin)) {
            box.getSelectionModel().selectFirst();
        }
        overdue.setSelected(false);
        refreshing = false;
    }

    /** Keeps the choices in step with the plan while keeping what the user chose. */
    void refreshChoices(PlanData plan) {
        refreshing = true;
        List<Choice<UUID>> priorities = new ArrayList<>(List.of(Choice.any("All priorities")));
        plan.priorities().forEach(p -> priorities.add(new Choice<>(p.id(), p.order() + ". " + p.shortName())));
        replace(priority, priorities);
        List<Choice<UUID>> partners = new ArrayList<>(List.of(Choice.any("All partners")));
        plan.partners().forEach(p -> partners.add(new Choice<>(p.id(), p.shortName())));
        replace(partner, partners);
        List<Choice<String>> owners = new ArrayList<>(List.of(Choice.any("All owners")));
        new TreeSet<>(plan.actions().stream().map(a -> a.owner()).filter(o -> !o.isEmpty()).toList())
                .forEach(o -> owners.add(new Choice<>(o, o)));
        replace(owner, owners);
        List<Choice<Status>> statuses = new ArrayList<>(List.of(Choice.any("Any status")));
        for (Status s : Status.values()) {
            statuses.add(new Choice<>(s, s.symbol() + " " + plan.plan().bragKey().label(s)));
        }
        replace(status, statuses);
        refreshing = false;
    }

    private static <T> void replace(ComboBox<Choice<T>> box, List<Choice<T>> choices) {
        T kept = value(box);
        if (!box.getItems().equals(choices)) {
            box.getItems().setAll(choices);
        }
        box.setValue(choices.stream().filter(c -> Objects.equals(c.value(), kept)).findFirst()
                .orElse(choices.get(0)));
    }

    private static <T> T value(ComboBox<Choice<T>> box) {
        return box.getValue() == null ? null : box.getValue().value();
    }

    private void changed() {
        if (!refreshing) {
            onChange.run();
        }
    }

    /** One entry of a filter list; a null value means "any". */
    record Choice<T>(T value, String label) {
        static <T> Choice<T> any(String label) {
            return new Choice<>(null, label);
        }
    }

    private static final class ChoiceConverter<T> extends StringConverter<T> {
        @Override
        public String toString(T choice) {
            return choice instanceof Choice<?> c ? c.label() : "";
        }

        @Override
        public T fromString(String text) {
            throw new UnsupportedOperationException("filter choices are not typed");
        }
    }
}
