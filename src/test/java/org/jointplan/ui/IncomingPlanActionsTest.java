package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.jointplan.domain.Action;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.PlanData;
import org.jointplan.service.LocalUser;
import org.jointplan.testsupport.IncomingCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An accepted import becomes a new plan on screen, or the review of its changes to the plan on screen. */
@ExtendWith(ApplicationExtension.class)
class IncomingPlanActionsTest {
    @TempDir
    Path dir;
    private Stage stage;
    private HeldModel held;
    private final List<PlanData> shown = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.getScene().getStylesheets().add(getClass().getResource("/org/jointplan/ui/jointplan.css")
                .toExternalForm());
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
        held.close();
    }

    private IncomingPlanActions actions() {
        held = new HeldModel(dir.resolve("store.sqlite"));
        Notices recorded = new Notices() {
            @Override
            public void info(String header, String text) {
                notices.add(header + ": " + text);
            }
        };
        return new IncomingPlanActions(new OpenPlan(stage, held.model, held.workspace(),
                () -> new LocalUser("County", "Officer"), held.tasks, recorded, shown::add));
    }

    @Test
    void addedAsANewPlanItIsShown(FxRobot robot) throws Exception {
        IncomingPlanActions actions = actions();
        IncomingPlan incoming = IncomingCopies.of(held.model.plan(), a -> a, EnumSet.of(ImportedField.TITLE));
        robot.interact(() -> actions.addAsNew(incoming));
        HeldModel.await(() -> !shown.isEmpty());
        assertEquals(incoming.plan().id(), shown.get(0).id());
        assertEquals(2, held.workspace().plans().size());
        assertTrue(notices.get(0).startsWith("Plan added: Added '"), notices.toString());
    }

    @Test
    void anUpdateOpensTheReviewOfItsChanges(FxRobot robot) throws Exception {
        IncomingPlanActions actions = actions();
        Action first = held.model.plan().actions().get(0);
        IncomingPlan incoming = IncomingCopies.of(held.model.plan(), a -> a.id().equals(first.id())
                ? a.toBuilder().due(first.due().plusDays(7)).build() : a, EnumSet.of(ImportedField.DUE));
        robot.interact(() -> actions.update(incoming));
        HeldModel.await(() -> robot.listWindows().size() > 1);
        Stage review = (Stage) robot.listWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
        assertEquals("Changes from tracker.xlsx", review.getTitle());
        assertEquals(1, robot.lookup(".difference-row").queryAll().size());
        robot.interact(() -> robot.lookup("Apply chosen changes").queryAs(Button.class).fire());
        HeldModel.await(() -> held.model.plan().action(first.id()).orElseThrow().due()
                .equals(first.due().plusDays(7)));
        assertEquals("Update from tracker.xlsx", held.model.undoTextProperty().get());
    }
}
