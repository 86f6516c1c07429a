package org.jointplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.Stamp;
import org.jointplan.sheet.SheetAnswers;
import org.jointplan.sheet.SheetField;
import org.jointplan.sheet.SheetPreview;
import org.jointplan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping a person confirms is remembered for the next file with the same header words, and only for it. */
class SheetImportsTest {
    @TempDir
    Path dir;

    @Test
    void aConfirmedMappingIsUsedForTheNextFileOfTheSameLayout() throws Exception {
        try (Store store = Store.open(dir.resolve("s.jointplan"))) {
            Stamp stamp = Stamp.now("Org", "Me");
            Path first = dir.resolve("q1.csv");
            Files.writeString(first, "Task,When,Who\nOne,31/03/2025,Jo\n");
            SheetPreview suggested = SheetImports.preview(store, first, null, SheetAnswers.NONE, List.of(), stamp,
                    null);
            assertThat(suggested.mapping().fieldOf("B", "When")).contains(SheetField.DUE);

            SheetImports.remember(store, new SheetPreview(suggested.source(), suggested.sheets(),
                    suggested.mapping().with("B", "When", SheetField.START), suggested.headerKey(), suggested.rows(),
                    suggested.notes(), suggested.questions(), suggested.plan()));

            Path next = dir.resolve("q2.csv");
            Files.writeString(next, "Task,When,Who\nTwo,30/06/2025,Al\n");
            SheetPreview remembered = SheetImports.preview(store, next, null, SheetAnswers.NONE, List.of(), stamp,
                    null);
            Action two = remembered.plan().orElseThrow().plan().actions().get(0);
            assertThat(two.start()).isEqualTo(LocalDate.of(2025, 6, 30));

            Path other = dir.resolve("other.csv");
            Files.writeString(other, "Task,When,Who,RAG\nThree,30/06/2025,Al,G\n");
            SheetPreview otherLayout = SheetImports.preview(store, other, null, SheetAnswers.NONE, List.of(), stamp,
                    null);
            assertThat(otherLayout.plan().orElseThrow().plan().actions().get(0).due())
                    .isEqualTo(LocalDate.of(2025, 6, 30));
        }
    }
}
