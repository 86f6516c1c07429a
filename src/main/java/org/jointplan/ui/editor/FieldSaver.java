package org.jointplan.ui.editor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Change;
import org.jointplan.service.EditField;
import org.jointplan.ui.model.PlanViewModel;

/**
 * Saves a record's fields one at a time, when the user leaves a field or presses Enter (a choice at once), each as
 * one undoable change. The value is read from the control here, on the UI thread, and checked against the record's
 * rules at once; only the value goes to the store thread, where it is set on the record as the plan has it then.
 * A refused value is explained under its field and stays in it, as typed, to be corrected.
 *
 * @param <R> the record edited: an action, the plan's own settings
 */
public abstract class FieldSaver<R> {
    private final PlanViewModel model;
    private final KeptInput kept = new KeptInput();
    private final Map<Node, BooleanSupplier> saves = new HashMap<>();
    private boolean loading;

    protected FieldSaver(PlanViewModel model) {
        this.model = model;
    }

    /** The record as the view shows it; null when there is none. */
    protected abstract R shown();

    /** The change that sets the field on the record as {@code plan} has it now. */
    protected abstract <T> Change change(PlanData plan, R shown, EditField<R, T> field, T value);

    public KeptInput kept() {
        return kept;
    }

    /** Shows saved values in the fields without treating them as edits. */
    public void load(Runnable showSaved) {
        loading = true;
        try {
            showSaved.run();
        } finally {
            loading = false;
        }
    }

    public <T> void onLeave(TextInputControl field, FieldError error, EditField<R, T> edit, Supplier<T> typed) {
        BooleanSupplier save = () -> {
            if (!Typing.isUncommitted(field) && !kept.isRefused(field)) {
                return true; // nothing typed since it was last saved or shown: leaving it saves nothing again
            }
            Typing.mark(field, false);
            return commit(field, error, edit, typed);
        };
        saves.put(field, save);
        field.textProperty().addListener((obs, o, n) -> Typing.mark(field, !loading));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                save.getAsBoolean();
            }
        });
        if (field instanceof TextField text) {
            text.setOnAction(e -> save.getAsBoolean());
        }
    }

    public void onDate(DateField field, FieldError error, EditField<R, LocalDate> edit) {
        field.onCommit(date -> commit(field, error, edit, () -> date));
        field.onError(message -> refuse(field, error, message));
        saves.put(field, field::checkTyped);
        saves.put(field.getEditor(), field::checkTyped);
    }

    /** A value picked from a list: saved at once. */
    public <T> void choose(Node field, FieldError error, EditField<R, T> edit, T value) {
        if (!loading && value != null) {
            commit(field, error, edit, () -> value);
        }
    }

    /** Saves the field that has the focus, if it is one of these (typing not yet saved must not be lost). */
    public void saveFocused(Node focused) {
        BooleanSupplier save = saves.get(focused);
        if (save != null) {
            save.getAsBoolean();
        }
    }

    /** Checks the value here, at the field, then saves it as one change; false when it is refused at once. */
    public <T> boolean commit(Node field, FieldError error, EditField<R, T> edit, Supplier<T> typed) {
        R current = shown();
        if (loading || current == null) {
            return true;
        }
        T value;
        try {
            value = typed.get();
            if (edit.set(current, value).equals(current)) {
                accept(field, error);
                return true;
            }
        } catch (ValidationException e) {
            refuse(field, error, e.getMessage());
            return false;
        }
        accept(field, error);
        model.apply(plan -> change(plan, current, edit, value), message -> refuse(field, error, message));
        return true;
    }

    private void refuse(Node field, FieldError error, String message) {
        kept.refuse(field);
        error.show(message);
    }

    private void accept(Node field, FieldError error) {
        kept.accept(field);
        error.clear();
    }
}
