package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.service.LocalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File > Import MS Project or GanttProject file…, Export to MS Project… and Export to calendar…, with the file chooser answered
 * by the test and the real preview dialog, store and task runner; what landed in the store is checked.
 */
@ExtendWith(ApplicationExtension.class)
class PlannerCommandsTest {
    @TempDir
    Path dir;
    private Stage stage;
    private HeldModel held;
    private final List<String> notices = new ArrayList<>();
    private final List<IncomingPlan> added = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
        held.close();
    }

    private OpenPlan open() {
        held = new HeldModel(dir.resolve("store.sqlite"));
        Notices recorded = new Notices() {
            @Override
            public void info(String header, String text) {
                notices.add(header + ": " + text);
            }
        };
        return new OpenPlan(stage, held.model, held.workspace(), () -> new LocalUser("County", "Officer"),
                held.tasks, recorded, plan -> { });
    }

    @Test
    void theImportShowsItsPreviewWithEveryNoteBeforeAddingAnything(FxRobot robot) throws Exception {
        OpenPlan open = open();
        Path gan = Path.of(getClass().getResource("/org/jointplan/planner/ot-pathway.gan").toURI());
        List<String> previewed = new ArrayList<>();
        ImportProjectCommand command = new ImportProjectCommand(open, () -> Optional.of(gan), (incoming, title) -> {
            ProjectPreviewDialog dialog = new ProjectPreviewDialog(stage, incoming, title);
            previewed.add(dialog.getHeaderText());
            previewed.add(((TextArea) dialog.getDialogPane().lookup(".text-area")).getText());
            previewed.add(dialog.getDialogPane().getButtonTypes().get(1).getText());
            return Optional.of(ProjectPreviewDialog.Choice.ADD_AS_NEW);
        }, added::add, incoming -> { });
        int plans = held.workspace().plans().size();
        robot.interact(command::execute);
        HeldModel.await(() -> !added.isEmpty());
        assertEquals("'Integrated OT pathway' from ot-pathway.gan: 2 priorities, 6 actions, 1 milestone,"
                + " 2 dependencies.", previewed.get(0));
        assertTrue(previewed.get(1).contains("Not carried over: Task 7 'Publish the offer'"), previewed.get(1));
        assertEquals("Update '" + held.model.plan().plan().title() + "'\u2026", previewed.get(2));
        assertEquals(plans, held.workspace().plans().size(), "the preview stores nothing; adding is the lead's");
    }

    @Test
    void theExportsWriteTheirFilesInTheBackground(FxRobot robot) throws Exception {
        OpenPlan open = open();
        Path xml = dir.resolve("plan.xml");
        Path ics = dir.resolve("plan.ics");
        robot.interact(new ExportProjectCommand(open, name -> Optional.of(xml))::execute);
        robot.interact(new ExportCalendarCommand(open, name -> Optional.of(
                new ExportCalendarCommand.Choice(ics, true)))::execute);
        HeldModel.await(() -> notices.size() == 2);
        assertTrue(Files.readString(xml, StandardCharsets.UTF_8).contains("<Title>" + held.model.plan().plan()
                .title() + "</Title>"));
        assertTrue(Files.readString(ics, StandardCharsets.UTF_8).contains("BEGIN:VEVENT"));
        assertTrue(notices.stream().anyMatch(n -> n.startsWith("Calendar exported: Saved ")), notices::toString);
    }
}
