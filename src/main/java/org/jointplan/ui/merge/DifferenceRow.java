package org.jointplan.ui.merge;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jointplan.domain.Difference;

/**
 * One change in the review: a check box to accept it, or for a conflict a choice between mine and theirs (mine by
 * default: nothing is overwritten unless the user says so). The kind of change is written out, not only coloured.
 */
final class DifferenceRow extends VBox {
    private final Difference difference;
    private final CheckBox accept = new CheckBox();
    private final RadioButton mine = new RadioButton("Keep mine");
    private final RadioButton theirs = new RadioButton("Take theirs");

    DifferenceRow(Difference difference) {
        super(4);
        this.difference = difference;
        getStyleClass().addAll("difference-row", "difference-" + difference.type().word());
        Label kind = new Label(difference.type().word().toUpperCase(java.util.Locale.UK));
        kind.getStyleClass().add("difference-kind");
        kind.setMinWidth(90);
        Label text = new Label(difference.description());
        text.setWrapText(true);
        if (difference.isConflict()) {
            ToggleGroup choice = new ToggleGroup();
            mine.setToggleGroup(choice);
            theirs.setToggleGroup(choice);
            mine.setSelected(true);
            mine.setAccessibleText("Keep mine: " + difference.description());
            theirs.setAccessibleText("Take theirs: " + difference.description());
            getChildren().addAll(new HBox(8, kind, text), new HBox(16, mine, theirs));
        } else {
            accept.setSelected(true);
            accept.setAccessibleText("Accept: " + difference.description());
            getChildren().add(new HBox(8, accept, kind, text));
        }
    }

    Difference difference() {
        return difference;
    }

    boolean accepted() {
        return difference.isConflict() ? theirs.isSelected() : accept.isSelected();
    }

    /** Accept all / reject all. A conflict is only ever settled as theirs one by one; reject puts it back to mine. */
    void accept(boolean yes) {
        if (difference.isConflict()) {
            if (!yes) {
                mine.setSelected(true);
            }
        } else {
            accept.setSelected(yes);
        }
    }
}
