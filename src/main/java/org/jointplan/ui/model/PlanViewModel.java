package org.jointplan.ui.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import javafx.beans.value.ObservableValue;
import org.jointplan.service.Change;
import org.jointplan.service.PlanSession;
import org.jointplan.service.TaskRunner;
import org.jointplan.service.UserMessages;

/**
 * The open plan as the views see it: the latest saved plan, the selected action, what Undo and Redo would do and
 * whether everything is saved. Edits are built on the background thread against the session's current plan, so
 * two quick edits never overwrite each other with stale values.
 */
public final class PlanViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final String UNSAVED_FIELD = "Unsaved edit in a field: press Enter or leave the field to save it";

    private final TaskRunner tasks;
    private final PlanSession session;
    private final ReadOnlyObjectWrapper<PlanData> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObjectProperty<UUID> selectedActionId = new SimpleObjectProperty<>(this, "selectedActionId");
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    private final ObjectProperty<LocalDate> asAt = new SimpleObjectProperty<>(this, "asAt");
    private final AsAtView asAtView = new AsAtView(plan.getReadOnlyProperty(), today, asAt);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "All changes saved");
    private final BooleanProperty saveFailed = new SimpleBooleanProperty(this, "saveFailed");
    private final BooleanProperty fieldEdited = new SimpleBooleanProperty(this, "fieldEdited");
    private final StringBinding status = Bindings.createStringBinding(
            () -> fieldEdited.get() ? UNSAVED_FIELD : saveState.get(), fieldEdited, saveState);

    public PlanViewModel(TaskRunner tasks, PlanSession session) {
        this.tasks = tasks;
        this.session = session;
        plan.set(session.plan());
    }

    public ReadOnlyObjectProperty<PlanData> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public PlanData plan() {
        return plan.get();
    }

    public ObjectProperty<UUID> selectedActionIdProperty() {
        return selectedActionId;
    }

    public Optional<Action> selectedAction() {
        return selectedActionId.get() == null ? Optional.empty() : plan().action(selectedActionId.get());
    }

    /** The name stamped as author on progress updates. */
    public String authorName() {
        return session.user().person();
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    /**
     * The date the plan is shown as at (a snapshot's or a chosen one); null (at first) shows it as at today. Every
     * view follows it: as at a recorded snapshot they show the frozen position, read-only.
     */
    public ObjectProperty<LocalDate> asAtProperty() {
        return asAt;
    }

    /**
     * What the views show (plan, day, report position, read-only), replaced whenever the plan, today or the as-at
     * date changes: the one property a view needs to follow.
     */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return asAtView.shown();
    }

    public Shown shown() {
        return asAtView.shown().get();
    }

    /** The day the views judge overdue by: the as-at date, or today. */
    public ObservableValue<LocalDate> shownDateProperty() {
        return asAtView.shownDate();
    }

    public LocalDate shownDate() {
        return asAtView.shownDate().getValue();
    }

    /** The plan as at the shown date, with directions, ratings and exceptions; null when no report can be made. */
    public ReadOnlyObjectProperty<ReportPosition> positionProperty() {
        return asAtView.position();
    }

    public ReportPosition position() {
        return asAtView.position().get();
    }

    /** The plan the views show: the recorded position as at a past snapshot, else the plan itself. */
    public ReadOnlyObjectProperty<PlanData> shownPlanProperty() {
        return asAtView.shownPlan();
    }

    public PlanData shownPlan() {
        return asAtView.shownPlan().get();
    }

    /** True while a recorded position is shown: nothing can be edited until the window is back to today. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return asAtView.readOnly();
    }

    public boolean isReadOnly() {
        return asAtView.readOnly().get();
    }

    /** "as at 31/03/2025 (recorded position)", "as at 15/02/2025", or "" as at today: for the title and status bar. */
    public ObservableValue<String> asAtTextProperty() {
        return asAtView.text();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public BooleanBinding canUndo() {
        return Bindings.isNotNull(undoText);
    }

    public BooleanBinding canRedo() {
        return Bindings.isNotNull(redoText);
    }

    /** "All changes saved", "Saving…", or why the last change was not saved. */
    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public BooleanProperty saveFailedProperty() {
        return saveFailed;
    }

    /** True while a field holds typing not yet committed: nothing of it is saved until Enter or leaving the field. */
    public BooleanProperty fieldEditedProperty() {
        return fieldEdited;
    }

    /** What the status bar says: an edit still in a field first, else the save state. */
    public StringBinding statusProperty() {
        return status;
    }

    /** Builds the change from the current plan and saves it; {@code onFailure} hears why it was not saved. */
    public void apply(Function<PlanData, Change> edit, Consumer<String> onFailure) {
        apply(edit, () -> { }, onFailure);
    }

    /** As {@link #apply(Function, Consumer)}, and runs {@code onSaved} on the UI thread once it is saved. */
    public void apply(Function<PlanData, Change> edit, Runnable onSaved, Consumer<String> onFailure) {
        run(() -> session.apply(edit.apply(session.plan())), onSaved, onFailure);
    }

    public void apply(Function<PlanData, Change> edit) {
        apply(edit, message -> { });
    }

    /** Runs work that edits through the session itself (a merge), then shows the result like any edit. */
    public void withSession(Consumer<PlanSession> work, Runnable onSaved, Consumer<String> onFailure) {
        run(() -> {
            work.accept(session);
            return session.state();
        }, onSaved, onFailure);
    }

    public void undo() {
        run(session::undo, () -> { }, message -> { });
    }

    public void redo() {
        run(session::redo, () -> { }, message -> { });
    }

    /** Says in the status bar that an edit was refused before it reached the store. */
    public void refused(String message) {
        saveFailed.set(true);
        saveState.set("Not saved: " + message);
    }

    private void run(java.util.concurrent.Callable<PlanSession.Edited> work, Runnable onSaved,
                     Consumer<String> onFailure) {
        saveState.set("Saving…");
        tasks.run(work, edited -> {
            show(edited);
            onSaved.run();
        }, failure -> {
            String message = UserMessages.of(failure);
            refused(message);
            onFailure.accept(message);
        });
    }

    private void show(PlanSession.Edited edited) {
        plan.set(edited.plan());
        undoText.set(edited.undoDescription().orElse(null));
        redoText.set(edited.redoDescription().orElse(null));
        saveFailed.set(false);
        saveState.set("All changes saved at " + LocalTime.now().format(TIME));
        if (selectedActionId.get() != null && edited.plan().action(selectedActionId.get()).isEmpty()) {
            selectedActionId.set(null);
        }
    }

    /** Runs work on the store thread; the result comes back on the UI thread. */
    public <T> void background(java.util.concurrent.Callable<T> work, Consumer<T> onDone, Consumer<String> onFailure) {
        tasks.run(work, onDone, failure -> onFailure.accept(UserMessages.of(failure)));
    }
}
