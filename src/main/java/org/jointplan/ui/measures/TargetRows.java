package org.jointplan.ui.measures;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jointplan.domain.Measure;
import org.jointplan.domain.ValidationException;

/** A measure's targets as rows of a value and the date to reach it by (blank for a standing target). */
final class TargetRows extends VBox {
    private final VBox rows = new VBox(4);
    private final Runnable onEnter;

    TargetRows(Runnable onEnter) {
        this.onEnter = onEnter;
        Button add = new Button("+ Add target");
        add.setOnAction(e -> {
            TargetRow row = addRow(null);
            row.value.requestFocus();
        });
        setSpacing(4);
        getChildren().setAll(rows, add);
    }

    void load(List<Measure.Target> targets) {
        rows.getChildren().clear();
        targets.forEach(this::addRow);
    }

    /** The targets typed; a value that is not a number, or a date that is not real, is refused in words. */
    List<Measure.Target> read() {
        List<Measure.Target> targets = new ArrayList<>();
        for (var node : rows.getChildren()) {
            TargetRow row = (TargetRow) node;
            Double value = FigureEdits.number(row.value.getText());
            if (value == null) {
                if (row.by.read() != null) {
                    throw new ValidationException("Give the target's value, or remove the target.");
                }
                continue; // an empty row added by mistake
            }
            targets.add(new Measure.Target(value, row.by.read()));
        }
        return targets;
    }

    int count() {
        return rows.getChildren().size();
    }

    private TargetRow addRow(Measure.Target target) {
        TargetRow row = new TargetRow(rows.getChildren().size() + 1);
        if (target != null) {
            row.value.setText(Digits.plain(target.value()));
            row.by.load(target.by());
        }
        row.value.setOnAction(e -> onEnter.run());
        row.remove.setOnAction(e -> rows.getChildren().remove(row));
        rows.getChildren().add(row);
        return row;
    }

    private static final class TargetRow extends HBox {
        final TextField value = new TextField();
        final OptionalDate by;
        final Button remove = new Button("−"); // its words are its tooltip and accessible text: the row is narrow

        TargetRow(int n) {
            super(6);
            by = new OptionalDate("Target " + n + ": to reach by");
            value.setAccessibleText("Target " + n + ": value");
            value.setPromptText("value");
            value.setPrefColumnCount(6);
            value.setMinWidth(56);
            by.setMinWidth(124);
            remove.setAccessibleText("Remove target " + n);
            remove.setTooltip(new javafx.scene.control.Tooltip("Remove this target"));
            HBox.setHgrow(by, Priority.ALWAYS);
            setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Label byLabel = new Label("by");
            byLabel.setMinWidth(Label.USE_PREF_SIZE);
            remove.setMinWidth(Button.USE_PREF_SIZE);
            getChildren().setAll(value, byLabel, by, remove);
        }
    }
}
