package org.jointplan.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Choosing the slides and the date before presenting. */
@ExtendWith(ApplicationExtension.class)
class SlideChooserTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("Main window")), 400, 300));
        stage.show();
    }

    @Test
    void everySlideIsChosenAtTheWindowsDateUntilTheOfficerSaysOtherwise(FxRobot robot) {
        PlanData plan = SamplePlan.load();
        LocalDate asAt = LocalDate.of(2024, 11, 30);
        SlideChooser[] chooser = new SlideChooser[1];
        robot.interact(() -> chooser[0] = new SlideChooser(owner, plan, asAt));
        var present = chooser[0].getDialogPane().lookupButton(SlideChooser.PRESENT);
        assertFalse(present.isDisabled());
        var all = chooser[0].choice();
        assertTrue(all.wholePlan() && all.exceptions() && all.measures());
        assertEquals(plan.priorities().size(), all.priorities().size());
        List<Priority> ps = plan.priorities();
        robot.interact(() -> ps.forEach(p -> chooser[0].priorityBox(p.id()).setSelected(false)));
        assertTrue(chooser[0].choice().priorities().isEmpty());
        robot.interact(() -> chooser[0].dateField().setText("31/02/2024"));
        assertTrue(present.isDisabled(), "not a date: Present stays off");
        robot.interact(() -> chooser[0].dateField().setText("30/09/2024"));
        assertFalse(present.isDisabled());
        robot.interact(() -> chooser[0].close());
    }
}
