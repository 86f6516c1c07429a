package org.jointplan.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.service.TaskRunner;
import org.jointplan.service.UserMessages;
import org.jointplan.sheet.MappedColumn;
import org.jointplan.sheet.SheetAnswers;
import org.jointplan.sheet.SheetField;
import org.jointplan.sheet.SheetMapping;
import org.jointplan.sheet.SheetPreview;
import org.jointplan.sheet.SheetQuestion;

/**
 * The import preview as the window shows it: the file read with the mapping and answers so far, read again in the
 * background whenever the person changes a column's field or answers a question. Only the latest reading is kept:
 * one that finishes after a newer one was asked for is dropped. Nothing is stored here.
 */
final class ImportSheetModel {
    /** Reads the file with a mapping (null: suggest or remember one) and answers. Runs on the task runner. */
    @FunctionalInterface
    interface Previewer {
        SheetPreview read(SheetMapping mapping, SheetAnswers answers);
    }

    private final Previewer previewer;
    private final TaskRunner tasks;
    private final ObjectProperty<SheetPreview> preview = new SimpleObjectProperty<>(this, "preview");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private SheetMapping mapping;
    private SheetAnswers answers = SheetAnswers.NONE;
    private int generation;

    ImportSheetModel(Previewer previewer, TaskRunner tasks) {
        this.previewer = previewer;
        this.tasks = tasks;
    }

    /** Reads the file again with the mapping and answers as they stand. */
    void read() {
        int asked = ++generation;
        SheetMapping withMapping = mapping;
        SheetAnswers withAnswers = answers;
        reading.set(true);
        tasks.run(() -> previewer.read(withMapping, withAnswers), read -> {
            if (asked == generation) {
                mapping = read.mapping();
                problem.set("");
                reading.set(false);
                preview.set(read);
            }
        }, failure -> {
            if (asked == generation) {
                problem.set(UserMessages.of(failure));
                reading.set(false);
            }
        });
    }

    /** The column now fills this field; the file is read again. */
    void map(MappedColumn column, SheetField field) {
        SheetMapping current = mapping != null ? mapping : new SheetMapping(null);
        mapping = current.with(column.letter(), column.header(), field);
        read();
    }

    /** The question's value means this choice wherever it occurs; the file is read again. */
    void answer(SheetQuestion question, String choice) {
        answers = answers.with(question.kind(), question.value(), choice);
        read();
    }

    /** The choice given so far to a question, if any. */
    Optional<String> answerTo(SheetQuestion question) {
        return answers.choice(question.kind(), question.value());
    }

    /** The plan to add or update from: only when the latest reading has no open question. */
    Optional<IncomingPlan> incoming() {
        SheetPreview shown = preview.get();
        return shown == null || reading.get() ? Optional.empty() : shown.plan();
    }

    /** Whether the plan may be added or used for an update now. */
    BooleanBinding ready() {
        return Bindings.createBooleanBinding(() -> incoming().isPresent(), preview, reading);
    }

    ReadOnlyObjectProperty<SheetPreview> previewProperty() {
        return preview;
    }

    ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Why the file could not be read, in one sentence; empty when it was. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
