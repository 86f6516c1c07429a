package org.jointplan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.domain.spc.Improvement;
import org.jointplan.service.Measures;
import org.jointplan.ui.model.PlanViewModel;

/**
 * Plan > Add measure…: asks for the name, the priority (the one shown, by default), the unit, which way is better,
 * the frequency and a target, then adds the measure as one undoable edit and shows it in the Measures tab.
 */
final class AddMeasureCommand {
    /** A priority to choose, or the whole plan (id null). */
    record Owner(UUID id, String label) {
    }

    private final PlanViewModel model;
    private final Supplier<Window> owner;
    private final Notices notices;
    private final Consumer<UUID> show;

    /** @param show shows the added measure */
    AddMeasureCommand(PlanViewModel model, Supplier<Window> owner, Notices notices, Consumer<UUID> show) {
        this.model = model;
        this.owner = owner;
        this.notices = notices;
        this.show = show;
    }

    /** @param priorityId the priority chosen at first, or null for the whole plan */
    void execute(UUID priorityId) {
        form(priorityId).show(this::add);
    }

    /** What the form gives: the new measure's fields as typed. */
    record Typed(String name, UUID priorityId, String unit, Improvement better, Frequency frequency, String target) {
    }

    SmallForm<Typed> form(UUID priorityId) {
        PlanData plan = model.plan();
        SmallForm<Typed> form = new SmallForm<>(owner.get(), "Add measure", "A measure of the plan's outcomes, such"
                + " as \"% of new EHC plans issued within 20 weeks\". Its figures, targets by date and the rest are"
                + " edited in the Measures tab.", "Add measure", "Cancel");
        TextField name = form.field("_Name", new TextField());
        List<Owner> owners = new ArrayList<>(List.of(new Owner(null, "Whole plan")));
        plan.priorities().forEach(p -> owners.add(new Owner(p.id(), p.order() + ". " + p.shortName())));
        ComboBox<Owner> priority = form.field("_Priority", new ComboBox<>());
        priority.getItems().setAll(owners);
        priority.setConverter(converter(Owner::label));
        priority.getSelectionModel().select(owners.stream().filter(o -> java.util.Objects.equals(o.id(), priorityId))
                .findFirst().orElse(owners.get(0)));
        TextField unit = form.field("_Unit", new TextField());
        unit.setPromptText("%, weeks, children… (may be blank)");
        ComboBox<Improvement> better = form.field("_Better", new ComboBox<>());
        better.getItems().setAll(Improvement.values());
        better.setConverter(converter(Improvement::label));
        better.getSelectionModel().select(Improvement.INCREASE);
        ComboBox<Frequency> frequency = form.field("_Frequency", new ComboBox<>());
        frequency.getItems().setAll(Frequency.values());
        frequency.setConverter(converter(f -> f == Frequency.MONTHLY ? "Monthly" : "Quarterly (financial)"));
        frequency.getSelectionModel().select(Frequency.MONTHLY);
        TextField target = form.field("_Target", new TextField());
        target.setPromptText("a number (may be blank)");
        form.validate(() -> name.getText().isBlank() ? Optional.of("Give the measure a name.") : Optional.empty(),
                name.textProperty());
        return form.result(() -> new Typed(name.getText(), priority.getValue().id(), unit.getText(),
                better.getValue(), frequency.getValue(), target.getText()));
    }

    void add(Typed typed) {
        Double target;
        try {
            target = typed.target().isBlank() ? null : number(typed.target());
        } catch (ValidationException e) {
            notices.info("The measure was not added", e.getMessage());
            return;
        }
        AtomicReference<UUID> added = new AtomicReference<>();
        model.apply(plan -> {
            var measure = Measures.newMeasure(plan, typed.priorityId(), typed.name(), typed.unit(), typed.better(),
                    typed.frequency(), target);
            added.set(measure.id());
            return Measures.add(plan, measure);
        }, () -> show.accept(added.get()), message -> notices.info("The measure was not added", message));
    }

    private static double number(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(",", "").replace("%", ""));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below in words
        }
        throw new ValidationException("Write the target as a number, like 40.");
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
