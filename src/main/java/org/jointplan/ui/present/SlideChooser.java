package org.jointplan.ui.present;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jointplan.chart.slides.SlideChoice;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;

/**
 * Before presenting: the date the slides are as at (the window's by default; a snapshot's date shows its recorded
 * position) and which slides to show (the whole plan, each priority, the exceptions, the measures when there are
 * any). Present stays off while the date cannot be reported on or no slide is chosen, and says why.
 */
final class SlideChooser extends Dialog<SlideChooser.Chosen> {
    /** The officer's choice: the position as at the chosen date, and the slides. */
    record Chosen(ReportPosition position, SlideChoice choice) {
    }

    static final ButtonType PRESENT = new ButtonType("Present", ButtonBar.ButtonData.OK_DONE);
    private final PlanData plan;
    private final TextField date = new TextField();
    private final Label problem = new Label();
    private final CheckBox whole = new CheckBox("The whole plan, every priority on one slide");
    private final CheckBox exceptions = new CheckBox("The exceptions");
    private final CheckBox measures = new CheckBox();
    private final Map<UUID, CheckBox> priorities = new LinkedHashMap<>();
    private final ObjectProperty<ReportPosition> position = new SimpleObjectProperty<>();

    SlideChooser(Window owner, PlanData plan, LocalDate asAt) {
        this.plan = plan;
        initOwner(owner);
        setTitle("Present the plan");
        setHeaderText("Choose the date and the slides to present.");
        date.setText(UkDates.numeric(asAt));
        date.setPromptText("dd/mm/yyyy");
        date.setAccessibleText("The date the slides are as at");
        problem.setWrapText(true);
        problem.getStyleClass().add("chooser-problem");
        VBox box = new VBox(8, new Label("As at (dd/mm/yyyy):"), date, problem, whole);
        for (Priority p : plan.priorities().stream().sorted(java.util.Comparator.comparingInt(Priority::order))
                .toList()) {
            CheckBox c = new CheckBox("Priority " + p.order() + ": " + p.shortName());
            c.setSelected(true);
            priorities.put(p.id(), c);
            box.getChildren().add(c);
        }
        box.getChildren().add(exceptions);
        if (!plan.measures().isEmpty()) {
            measures.setText("The measures, one to a slide (" + plan.measures().size() + ")");
            measures.setSelected(true);
            box.getChildren().add(measures);
        }
        whole.setSelected(true);
        exceptions.setSelected(true);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(PRESENT, ButtonType.CANCEL);
        date.textProperty().addListener((o, was, now) -> readDate());
        readDate();
        Node present = getDialogPane().lookupButton(PRESENT);
        present.disableProperty().bind(position.isNull().or(Bindings.createBooleanBinding(() -> choice().none(),
                allBoxes())));
        setResultConverter(b -> b == PRESENT && position.get() != null ? new Chosen(position.get(), choice()) : null);
    }

    private javafx.beans.Observable[] allBoxes() {
        java.util.List<javafx.beans.Observable> all = new java.util.ArrayList<>();
        all.add(whole.selectedProperty());
        all.add(exceptions.selectedProperty());
        all.add(measures.selectedProperty());
        priorities.values().forEach(c -> all.add(c.selectedProperty()));
        return all.toArray(javafx.beans.Observable[]::new);
    }

    private void readDate() {
        try {
            position.set(ReportPosition.of(plan, UkDates.parse(date.getText())));
            problem.setText("");
        } catch (ValidationException e) {
            position.set(null);
            problem.setText(e.getMessage());
        }
    }

    /** The slides ticked now. */
    SlideChoice choice() {
        return new SlideChoice(whole.isSelected(), exceptions.isSelected(), priorities.entrySet().stream()
                .filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).collect(Collectors.toSet()),
                measures.isSelected() && !plan.measures().isEmpty());
    }

    /** The date field, for tests and the keyboard. */
    TextField dateField() {
        return date;
    }

    /** A priority's box, for tests. */
    CheckBox priorityBox(UUID id) {
        return Objects.requireNonNull(priorities.get(id));
    }
}
