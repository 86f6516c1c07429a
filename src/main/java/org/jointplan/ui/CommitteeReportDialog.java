package org.jointplan.ui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.report.Paper;
import org.jointplan.report.ReportOptions;
import org.jointplan.report.ReportOptions.Part;
import org.jointplan.service.CommitteePapers.Format;
import org.jointplan.ui.editor.DateField;

/**
 * File > Committee report…: the date the report is as at, the committee it goes to, its protective marking, the
 * format (PDF to publish, Word to paste into the council's template, a web page) and the parts to include.
 */
final class CommitteeReportDialog {
    /** What the officer asked for. */
    record Request(LocalDate asAt, Format format, ReportOptions options) {
    }

    static final List<String> MARKINGS = List.of("OFFICIAL", "OFFICIAL-SENSITIVE", "");

    private final SmallForm<Request> form;
    private final DateField date = new DateField("As at");
    private final ComboBox<String> committee = new ComboBox<>();
    private final ComboBox<String> marking = new ComboBox<>();
    private final ChoiceBox<Format> format = new ChoiceBox<>();
    private final EnumSetChoice parts = new EnumSetChoice();

    CommitteeReportDialog(Window owner, PlanData plan, LocalDate asAt, String preparedBy) {
        form = new SmallForm<>(owner, "Committee report", "The plan's progress as at the date below, shaped as a"
                + " committee paper: counts by status, the exception report, each priority's actions, the measures"
                + " and the timeline. On a recorded snapshot's date, its position.", "Write report…", "Cancel");
        date.load(asAt);
        committee.setEditable(true);
        committee.getItems().setAll(committees(plan));
        committee.setPromptText("Optional, such as Health Scrutiny Committee");
        committee.setPrefWidth(320);
        marking.setEditable(true);
        marking.getItems().setAll(MARKINGS);
        marking.setValue(MARKINGS.get(0));
        format.getItems().setAll(Format.values());
        format.setValue(Format.PDF);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(Format f) {
                return f == null ? "" : switch (f) {
                    case PDF -> "PDF, accessible, to publish";
                    case DOCX -> "Word, to edit and paste into a template";
                    case HTML -> "Web page, one file";
                };
            }

            @Override
            public Format fromString(String s) {
                return null;
            }
        });
        form.field("_As at", date);
        form.field("_Committee", committee);
        form.field("Protective _marking", marking);
        form.field("_Format", format);
        javafx.scene.control.Label include = new javafx.scene.control.Label("Include:");
        form.row(new VBox(4, include, parts.box));
        form.validate(() -> typed().isEmpty() ? Optional.of("Give the date as dd/mm/yyyy, such as "
                + UkDates.numeric(asAt) + ".") : parts.chosen().isEmpty()
                ? Optional.of("Choose at least one part to include.") : Optional.empty(),
                date.getEditor().textProperty(), parts.changed);
        form.result(() -> new Request(typed().orElse(date.getValue()), format.getValue(),
                new ReportOptions(text(committee), text(marking), preparedBy, parts.chosen(), Paper.A4)));
    }

    void show(Consumer<Request> onConfirm) {
        form.show(onConfirm);
    }

    /** The committees of the plan's reporting calendar, then its governance groups, each once. */
    static List<String> committees(PlanData plan) {
        Set<String> names = new LinkedHashSet<>();
        plan.committeeDates().stream().map(CommitteeDate::name).forEach(names::add);
        names.addAll(plan.plan().governanceGroups());
        return List.copyOf(names);
    }

    private static String text(ComboBox<String> box) {
        String typed = box.getEditor().getText();
        return typed == null ? "" : typed.strip();
    }

    private Optional<LocalDate> typed() {
        try {
            return Optional.of(UkDates.parse(date.getEditor().getText()));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** A check box for each part of the report, all ticked at first. */
    private static final class EnumSetChoice {
        final VBox box = new VBox(4);
        final javafx.beans.property.SimpleIntegerProperty changed = new javafx.beans.property.SimpleIntegerProperty();
        private final java.util.Map<Part, CheckBox> boxes = new java.util.EnumMap<>(Part.class);

        EnumSetChoice() {
            for (Part p : Part.values()) {
                CheckBox check = new CheckBox(p.heading());
                check.setSelected(true);
                check.selectedProperty().addListener((o, was, now) -> changed.set(changed.get() + 1));
                boxes.put(p, check);
                box.getChildren().add(check);
            }
        }

        Set<Part> chosen() {
            Set<Part> chosen = EnumSet.noneOf(Part.class);
            boxes.forEach((p, check) -> {
                if (check.isSelected()) {
                    chosen.add(p);
                }
            });
            return chosen;
        }
    }
}
