package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.TaskRunner;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export spreadsheet…, run as a command without a window: what it offers, and who writes the file. */
class ExportSheetCommandTest {
    private static final LocalDate AS_AT = LocalDate.of(2024, 9, 30);

    @TempDir
    Path dir;

    private final PlanData plan = PlanGenerator.plan(40, 3);
    private final List<String> notices = new ArrayList<>();
    private final List<ExportSheetDialog.Defaults> offered = new ArrayList<>();
    private final List<Runnable> held = new ArrayList<>();

    @Test
    void theDialogOffersAWorkbookNamedAfterThePlanAndTheWindowsDate() {
        command(Optional.empty()).execute();
        assertEquals(List.of(new ExportSheetDialog.Defaults(
                dir.resolve("Generated plan 40 tracker 30-09-2024.xlsx").toString(), AS_AT)), offered);
        assertTrue(held.isEmpty(), "cancelled: nothing to do");
        assertTrue(notices.isEmpty());
    }

    @Test
    void theWorkbookIsWrittenByTheTaskRunnerASheetForEachPriorityWhenAsked() throws Exception {
        Path file = dir.resolve("q2.xlsx");
        command(Optional.of(new ExportSheetDialog.Choice(file, true))).execute();
        assertEquals(1, held.size(), "the file is the task runner's work");
        assertFalse(Files.exists(file), "nothing is written until the runner runs the work");
        held.forEach(Runnable::run);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(6, book.getNumberOfSheets(), "five priorities and the key");
        }
        assertEquals(List.of("Spreadsheet exported: Saved the 40 actions as at 30/09/2024 to " + file + "."),
                notices);
    }

    @Test
    void aFailureIsSaidInOneSentenceAndWritesNothing() {
        Path file = dir.resolve("missing").resolve("q2.csv");
        command(Optional.of(new ExportSheetDialog.Choice(file, false))).execute();
        held.forEach(Runnable::run);
        assertEquals(List.of("The spreadsheet was not exported: The folder " + file.getParent() + " does not exist;"
                + " choose another place for the spreadsheet."), notices);
    }

    @Test
    void withoutAReportAsAtTheWindowsDateTheDialogIsNotShown() {
        new ExportSheetCommand(() -> null, tasks(), (h, t) -> notices.add(h), d -> {
            offered.add(d);
            return Optional.empty();
        }, dir).execute();
        assertTrue(offered.isEmpty());
        assertEquals(List.of("The spreadsheet was not exported"), notices);
    }

    private ExportSheetCommand command(Optional<ExportSheetDialog.Choice> choice) {
        return new ExportSheetCommand(() -> ReportPosition.of(plan, AS_AT), tasks(), (header, text) -> notices.add(header + ": " + text), d -> {
            offered.add(d);
            return choice;
        }, dir);
    }

    /** A task runner that keeps the work until the test runs it, then hands back as the real one does. */
    private TaskRunner tasks() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
                held.add(() -> {
                    try {
                        onDone.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }

            @Override
            public void close() {
            }
        };
    }
}
