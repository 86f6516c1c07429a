package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.TaskRunner;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export timeline…, run as a command without a window: what it offers, and who writes the file. */
class ExportTimelineCommandTest {
    private static final LocalDate AS_AT = LocalDate.of(2024, 9, 30);

    @TempDir
    Path dir;

    private final PlanData plan = PlanGenerator.plan(40, 3);
    private final List<String> notices = new ArrayList<>();
    private final List<ExportTimelineDialog.Defaults> offered = new ArrayList<>();
    private final HeldTasks tasks = new HeldTasks();

    @Test
    void theDialogOffersThePlansYearAndTheWindowsDateAndAPdfNamedAfterThePlanInTheFolder() {
        command(Optional.empty()).execute();
        assertEquals(List.of(new ExportTimelineDialog.Defaults(
                dir.resolve("Generated plan 40 timeline 30-09-2024.pdf").toString(), LocalDate.of(2024, 4, 1),
                LocalDate.of(2025, 3, 31), AS_AT)), offered);
        assertTrue(tasks.held.isEmpty(), "cancelled: nothing to do");
        assertTrue(notices.isEmpty());
    }

    @Test
    void theTimelineIsWrittenByTheTaskRunnerNotByAThreadOfItsOwn() throws Exception {
        Path file = dir.resolve("q2.png");
        command(Optional.of(new ExportTimelineDialog.Choice(file, "a3", LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 9, 30)))).execute();
        assertEquals(1, tasks.held.size(), "the layout and the file are the task runner's work");
        assertFalse(Files.exists(file), "nothing is written until the runner runs the work");
        tasks.runAll();
        assertEquals(2155, ImageIO.read(file.toFile()).getWidth(), "A3's printable width at two pixels a point");
        assertEquals(List.of("Timeline exported: Saved " + file + "."), notices);
    }

    @Test
    void aRangeWithoutActionsIsToldInOneSentenceAndWritesNothing() {
        Path file = dir.resolve("empty.svg");
        command(Optional.of(new ExportTimelineDialog.Choice(file, "a4", LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 3, 31)))).execute();
        tasks.runAll();
        assertFalse(Files.exists(file));
        assertEquals(List.of("The timeline was not exported: No action of 'Generated plan 40' falls between"
                + " 01/01/2030 and 31/03/2030, so there is no timeline to write; choose other dates."), notices);
    }

    @Test
    void withoutAReportAsAtTheWindowsDateTheDialogIsNotShown() {
        new ExportTimelineCommand(() -> null, tasks, (h, t) -> notices.add(h), d -> {
            offered.add(d);
            return Optional.empty();
        }, dir).execute();
        assertTrue(offered.isEmpty());
        assertEquals(List.of("The timeline was not exported"), notices);
    }

    private ExportTimelineCommand command(Optional<ExportTimelineDialog.Choice> choice) {
        return new ExportTimelineCommand(() -> ReportPosition.of(plan, AS_AT), tasks,
                (header, text) -> notices.add(header + ": " + text), d -> {
                    offered.add(d);
                    return choice;
                }, dir);
    }

    /** A task runner that keeps the work until the test runs it, then hands back as the real one does. */
    private static final class HeldTasks implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

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

        void runAll() {
            held.forEach(Runnable::run);
            held.clear();
        }

        @Override
        public void close() {
        }
    }
}
