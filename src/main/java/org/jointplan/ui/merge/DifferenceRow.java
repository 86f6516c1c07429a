package org.jointplan.ui.merge;

import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jointplan.domain.Difference;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.UkDates;

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
        VBox words = new VBox(2, text);
        details(difference).ifPresent(shown -> {
            Label more = new Label(shown);
            more.setWrapText(true);
            more.getStyleClass().add("difference-detail");
            words.getChildren().add(more);
        });
        if (difference.isConflict()) {
            ToggleGroup choice = new ToggleGroup();
            mine.setToggleGroup(choice);
            theirs.setToggleGroup(choice);
            mine.setSelected(true);
            mine.setAccessibleText("Keep mine: " + difference.description());
            theirs.setAccessibleText("Take theirs: " + difference.description());
            getChildren().addAll(new HBox(8, kind, words), new HBox(16, mine, theirs));
        } else {
            accept.setSelected(true);
            accept.setAccessibleText("Accept: " + difference.description());
            getChildren().add(new HBox(8, accept, kind, words));
        }
    }

    /** What a progress update says: its date, its rating and its words, which the one-line description leaves out. */
    static Optional<String> details(Difference d) {
        if (d.theirs() instanceof ProgressUpdate u) {
            return Optional.of(UkDates.numeric(u.date()) + " · " + u.status().symbol() + " " + u.status().label()
                    + (u.author().isEmpty() ? "" : " · " + u.author()) + "\n" + u.text());
        }
        return Optional.empty();
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
