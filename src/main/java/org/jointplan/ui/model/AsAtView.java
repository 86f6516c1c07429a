package org.jointplan.ui.model;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;

/**
 * What the window shows for an as-at date: the report position at that date (or today), the plan to show (frozen
 * as at a recorded snapshot), whether it is read-only, and the words saying so. Recomputed when the plan, today or
 * the as-at date changes.
 */
final class AsAtView {
    private final ObservableValue<PlanData> plan;
    private final ObservableValue<LocalDate> asAt;
    private final ObjectBinding<LocalDate> shownDate;
    private final ReadOnlyObjectWrapper<ReportPosition> position = new ReadOnlyObjectWrapper<>(this, "position");
    private final ReadOnlyObjectWrapper<PlanData> shownPlan = new ReadOnlyObjectWrapper<>(this, "shownPlan");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObjectBinding<String> text;

    AsAtView(ObservableValue<PlanData> plan, ObservableValue<LocalDate> today, ObservableValue<LocalDate> asAt) {
        this.plan = plan;
        this.asAt = asAt;
        shownDate = Bindings.createObjectBinding(() -> asAt.getValue() != null ? asAt.getValue()
                : today.getValue() != null ? today.getValue() : LocalDate.now(), asAt, today);
        text = Bindings.createObjectBinding(() -> asAt.getValue() == null ? ""
                : "as at " + UkDates.numeric(asAt.getValue()) + (readOnly.get() ? " (recorded position)" : ""),
                asAt, readOnly);
        plan.addListener(o -> update());
        shownDate.addListener(o -> update());
        update();
    }

    private void update() {
        PlanData current = plan.getValue();
        ReportPosition at = null;
        if (current != null) {
            try {
                at = ReportPosition.of(current, shownDate.get());
            } catch (ValidationException noEarlierReport) {
                at = null; // a date before the first snapshot: the plan as it is, without directions
            }
        }
        // as at today the live plan is shown and edited, even on the day a snapshot was recorded
        boolean frozen = asAt.getValue() != null && at != null && at.isFrozen();
        readOnly.set(frozen);
        shownPlan.set(frozen ? at.plan() : current);
        position.set(at);
        shown.set(new Shown(shownPlan.get(), shownDate.get(), at, frozen));
    }

    ReadOnlyObjectProperty<Shown> shown() {
        return shown.getReadOnlyProperty();
    }

    ObservableValue<LocalDate> shownDate() {
        return shownDate;
    }

    ReadOnlyObjectProperty<ReportPosition> position() {
        return position.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<PlanData> shownPlan() {
        return shownPlan.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty readOnly() {
        return readOnly.getReadOnlyProperty();
    }

    ObservableValue<String> text() {
        return text;
    }
}
