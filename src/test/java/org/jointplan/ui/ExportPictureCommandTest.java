package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jointplan.domain.PlanData;
import org.jointplan.service.TaskRunner;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** File > Export timeline as picture, run as a command without a window. */
@ExtendWith(ApplicationExtension.class)
class ExportPictureCommandTest {
    @TempDir
    Path dir;

    private final PlanData plan = PlanGenerator.plan(12, 3);
    private final List<String> notices = new ArrayList<>();
    private final HeldTasks tasks = new HeldTasks();

    @Test
    void thePictureIsWrittenByTheTaskRunnerNotByAThreadOfItsOwn(FxRobot robot) throws Exception {
        Path file = dir.resolve("timeline.png");
        robot.interact(() -> command(Optional.of(file)).execute());
        assertEquals(1, tasks.held.size(), "the file work is handed to the task runner");
        assertFalse(Files.exists(file), "nothing is written until the runner runs the work");
        robot.interact(tasks::runAll);
        assertNotNull(ImageIO.read(file.toFile()), "a PNG picture");
        assertEquals(List.of("Picture exported: Saved " + file + "."), notices);
    }

    @Test
    void cancellingTheFileChooserDoesNothing(FxRobot robot) {
        robot.interact(() -> command(Optional.empty()).execute());
        assertTrue(tasks.held.isEmpty());
        assertTrue(notices.isEmpty());
    }

    @Test
    void theSuggestedNameIsThePlansTitle(FxRobot robot) {
        List<String> suggested = new ArrayList<>();
        robot.interact(() -> new ExportPictureCommand(() -> plan, new TimelineView(plan), () -> "", tasks,
                (header, text) -> notices.add(header), name -> {
                    suggested.add(name);
                    return Optional.empty();
                }).execute());
        assertEquals(List.of(FileNames.from(plan.plan().title()) + ".png"), suggested);
    }

    private ExportPictureCommand command(Optional<Path> chosen) {
        return new ExportPictureCommand(() -> plan, new TimelineView(plan), () -> "", tasks,
                (header, text) -> notices.add(header + ": " + text), name -> chosen);
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
