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
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.SlideExports;
import org.jointplan.service.TaskRunner;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export slides…, run as a command without a window: what it offers, and who writes the pictures. */
class ExportSlidesCommandTest {
    private static final LocalDate AS_AT = LocalDate.of(2024, 9, 30);

    @TempDir
    Path dir;

    private final PlanData plan = PlanGenerator.plan(40, 3);
    private final List<String> notices = new ArrayList<>();
    private final List<ExportSlidesDialog.Defaults> offered = new ArrayList<>();
    private final HeldTasks tasks = new HeldTasks();

    private ExportSlidesCommand command(Optional<ExportSlidesDialog.Choice> choice) {
        return new ExportSlidesCommand(() -> ReportPosition.of(plan, AS_AT), tasks,
                (header, text) -> notices.add(header + ": " + text), d -> {
                    offered.add(d);
                    return choice;
                }, dir, "2880x1620");
    }

    @Test
    void theDialogOffersAFolderNamedAfterThePlanAndTheScreensSize() {
        command(Optional.empty()).execute();
        assertEquals(List.of(new ExportSlidesDialog.Defaults(dir.resolve("Generated plan 40 slides 30-09-2024")
                .toString(), "2880x1620", AS_AT)), offered);
        assertTrue(notices.isEmpty(), "cancelled: nothing to do");
    }

    @Test
    void theSlidesAreWrittenByTheTaskRunnerAtTheSizeChosen() throws Exception {
        Path folder = dir.resolve("pack");
        command(Optional.of(new ExportSlidesDialog.Choice(folder, SlideExports.size("1280x800")))).execute();
        assertFalse(Files.exists(folder), "nothing is written until the runner runs the work");
        tasks.runAll();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        assertTrue(files.size() > 5, files.toString());
        assertEquals(1280, ImageIO.read(files.get(0).toFile()).getWidth());
        assertEquals(List.of("Slides exported: Saved " + files.size() + " slides in " + folder + "."), notices);
    }

    @Test
    void withoutAReportAsAtTheWindowsDateTheDialogIsNotShown() {
        new ExportSlidesCommand(() -> null, tasks, (h, t) -> notices.add(h), d -> {
            offered.add(d);
            return Optional.empty();
        }, dir, "1920x1080").execute();
        assertTrue(offered.isEmpty());
        assertEquals(List.of("The slides were not exported"), notices);
    }

    /** A task runner that keeps the work until the test runs it, then hands back as the real one does. */
    private static final class HeldTasks implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone,
                            java.util.function.Consumer<Throwable> onFailure) {
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
