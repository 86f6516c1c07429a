package org.jointplan.ui.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.Measure;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.domain.spc.Improvement;

/**
 * The fields of a measure. What is typed is read when the form is saved, as an edit of the measure as it then is;
 * a value that is not a number or a date that is not real is refused in words and nothing is saved.
 */
final class MeasureForm extends GridPane {
    /** A priority to choose, or the whole plan (id null). */
    record Owner(UUID id, String label) {
    }

    final TextField name = new TextField();
    final ComboBox<Owner> priority = new ComboBox<>();
    final TextField unit = new TextField();
    final ComboBox<Integer> decimals = new ComboBox<>();
    final ComboBox<Improvement> better = new ComboBox<>();
    final ComboBox<Frequency> frequency = new ComboBox<>();
    final Label frequencyLocked = new Label();
    final TextField baselineValue = new TextField();
    final OptionalDate baselineDate = new OptionalDate("Baseline date");
    final TargetRows targets;
    final TextField source = new TextField();
    final TextField suppressBelow = new TextField();
    final TextArea description = new TextArea();

    MeasureForm(Runnable save) {
        targets = new TargetRows(save);
        setHgap(8);
        setVgap(6);
        decimals.getItems().setAll(0, 1, 2, 3, 4);
        better.getItems().setAll(Improvement.values());
        better.setConverter(converter(Improvement::label));
        frequency.getItems().setAll(Frequency.values());
        frequency.setConverter(converter(f -> f == Frequency.MONTHLY ? "Monthly" : "Quarterly (financial)"));
        priority.setCellFactory(c -> ownerCell());
        priority.setButtonCell(ownerCell());
        frequencyLocked.getStyleClass().add("measure-locked");
        frequencyLocked.setWrapText(true);
        baselineValue.setPromptText("value");
        baselineValue.setAccessibleText("Baseline value");
        baselineValue.setPrefColumnCount(6);
        baselineValue.setMinWidth(56);
        baselineDate.setMinWidth(124);
        suppressBelow.setPromptText("e.g. 5 (blank: none)");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        for (TextField f : new TextField[] {name, unit, baselineValue, source, suppressBelow}) {
            f.setOnAction(e -> save.run());
        }
        row("_Name", name);
        row("Priorit_y", priority);
        HBox unitAndDecimals = new HBox(6, unit, fixed(new Label("Decimals")), decimals);
        unitAndDecimals.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        unit.setPrefColumnCount(6);
        decimals.setAccessibleText("Decimals");
        row("_Unit", unit, unitAndDecimals);
        row("_Better", better);
        row("Fre_quency", frequency);
        add(frequencyLocked, 1, getRowCount());
        HBox baseline = new HBox(6, baselineValue, fixed(new Label("on")), baselineDate);
        baseline.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(baselineDate, Priority.ALWAYS);
        row("Base_line", baselineValue, baseline);
        row("Targets", targets, targets);
        row("_Source", source);
        row("Small numbe_rs", suppressBelow);
        row("_Description", description);
        getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(120, 240, Double.MAX_VALUE, Priority.ALWAYS, null, true));
        suppressBelow.setTooltip(new javafx.scene.control.Tooltip(
                "Published figures below this are shown as \"< 5\" (small numbers)"));
    }

    void load(Measure m, PlanData plan, boolean hasFigures) {
        name.setText(m.name());
        List<Owner> owners = new ArrayList<>(List.of(new Owner(null, "Whole plan")));
        plan.priorities().forEach(p -> owners.add(new Owner(p.id(), p.order() + ". " + p.shortName())));
        priority.getItems().setAll(owners);
        priority.getSelectionModel().select(owners.stream().filter(o -> java.util.Objects.equals(o.id(),
                m.priorityId())).findFirst().orElse(owners.get(0)));
        unit.setText(m.unit());
        decimals.getSelectionModel().select(Integer.valueOf(m.decimals()));
        better.getSelectionModel().select(m.better());
        frequency.getSelectionModel().select(m.frequency());
        frequency.setDisable(hasFigures);
        frequencyLocked.setText(hasFigures ? "Locked: the measure has figures, whose periods would be lost." : "");
        frequencyLocked.setVisible(hasFigures);
        frequencyLocked.setManaged(hasFigures);
        baselineValue.setText(Digits.plain(m.baselineValue()));
        baselineDate.load(m.baselineDate());
        targets.load(m.targets());
        source.setText(m.source());
        suppressBelow.setText(Digits.plain(m.suppressBelow()));
        description.setText(m.description());
    }

    /** The edit typed, to apply to the measure as it is when saved; refuses what is not a number or a date. */
    UnaryOperator<Measure> typed() {
        String n = name.getText();
        UUID owner = priority.getValue() == null ? null : priority.getValue().id();
        String u = unit.getText();
        int d = decimals.getValue() == null ? 1 : decimals.getValue();
        Improvement b = better.getValue();
        Frequency f = frequency.getValue();
        Double baseline = FigureEdits.number(baselineValue.getText());
        LocalDate baselineOn = baselineDate.read();
        if ((baseline == null) != (baselineOn == null)) {
            throw new ValidationException("Give the baseline's value and its date, or neither.");
        }
        List<Measure.Target> t = targets.read();
        String s = source.getText();
        Double small = FigureEdits.number(suppressBelow.getText());
        String text = description.getText();
        return m -> m.toBuilder().name(n).priorityId(owner).unit(u).decimals(d).better(b).frequency(f)
                .baseline(baseline, baselineOn).targets(t).source(s).suppressBelow(small).description(text).build();
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private void row(String label, Control field) {
        row(label, field, field);
    }

    private void row(String label, Node focus, Node shown) {
        Label name = new Label(label);
        name.setMnemonicParsing(true);
        name.setLabelFor(focus);
        name.getStyleClass().add("field-label");
        name.setMinWidth(Label.USE_PREF_SIZE);
        if (focus instanceof Control c && c.getAccessibleText() == null) {
            c.setAccessibleText(label.replace("_", ""));
        }
        if (shown instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        addRow(getRowCount(), name, shown);
    }

    private ListCell<Owner> ownerCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Owner o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : o.label());
            }
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("chosen, never typed");
            }
        };
    }
}
