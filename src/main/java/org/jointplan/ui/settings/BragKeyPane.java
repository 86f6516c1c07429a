package org.jointplan.ui.settings;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.jointplan.service.Change;
import org.jointplan.service.EditField;
import org.jointplan.service.Edits;
import org.jointplan.service.PlanFields;
import org.jointplan.ui.editor.FieldError;
import org.jointplan.ui.editor.FieldSaver;
import org.jointplan.ui.model.PlanViewModel;

/**
 * The plan's BRAG key: for each colour, fixed, the word and meaning every output shows with it. Each word or meaning
 * is saved like any field, when the user leaves it or presses Enter; a blank word, or a word another colour already
 * has, is refused with the key's own sentence and nothing is saved.
 */
final class BragKeyPane extends VBox {
    /** One colour's entry as typed, set on the key as the plan has it when the edit is saved. */
    private static final Map<Status, EditField<Plan, BragKey.Entry>> ENTRY = new EnumMap<>(Status.class);

    static {
        for (Status s : Status.values()) {
            ENTRY.put(s, new EditField<>(PlanFields.BRAG_KEY.words(), (plan, e) -> PlanFields.BRAG_KEY.set(plan,
                    plan.bragKey().with(e.status(), e.label(), e.meaning()))));
        }
    }

    private final Map<Status, TextField> words = new EnumMap<>(Status.class);
    private final Map<Status, TextField> meanings = new EnumMap<>(Status.class);
    private final FieldError error = new FieldError();
    private final FieldSaver<Plan> saver;

    BragKeyPane(PlanViewModel model) {
        super(10);
        setPadding(new Insets(12));
        saver = new FieldSaver<>(model) {
            @Override
            protected Plan shown() {
                return model.plan().plan();
            }

            @Override
            protected <T> Change change(PlanData plan, Plan shown, EditField<Plan, T> field, T value) {
                return Edits.editPlan(plan, field, value);
            }
        };
        Label intro = new Label("Partners define the colours differently: the words and meanings here are shown with"
                + " the colours on every output of this plan.");
        intro.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(),
                grow);
        grid.addRow(0, new Label(""), heading("Colour"), heading("Word"), heading("Meaning"));
        int row = 1;
        for (BragKey.Entry e : BragKey.DEFAULT.inReadingOrder()) {
            grid.addRow(row++, swatch(e.status()), new Label(e.colour()), field(e.status(), words, "Word for "),
                    field(e.status(), meanings, "Meaning of "));
        }
        getChildren().addAll(intro, grid, error);
        load(model.plan().plan());
        model.planProperty().addListener((obs, o, p) -> load(p.plan()));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    /** The colour, with its symbol: colour is never the only carrier of meaning. */
    private static Label swatch(Status status) {
        Label swatch = new Label(status.symbol());
        swatch.getStyleClass().addAll("status-badge", "status-" + status.code());
        swatch.setAccessibleText(status.bragColour());
        return swatch;
    }

    private TextField field(Status status, Map<Status, TextField> into, String name) {
        TextField field = new TextField();
        field.setAccessibleText(name + status.bragColour());
        into.put(status, field);
        saver.onLeave(field, error, ENTRY.get(status),
                () -> new BragKey.Entry(status, words.get(status).getText(), meanings.get(status).getText()));
        return field;
    }

    /** Saves the field being typed in (the window is closing); false when a value was refused. */
    boolean saveFocused(Node focused) {
        saver.saveFocused(focused);
        return !saver.kept().holdsRefused();
    }

    private void load(Plan plan) {
        saver.kept().showing(plan.id());
        saver.load(() -> {
            for (Status s : Status.values()) {
                saver.kept().setText(words.get(s), plan.bragKey().label(s));
                saver.kept().setText(meanings.get(s), plan.bragKey().meaning(s));
            }
        });
    }
}
