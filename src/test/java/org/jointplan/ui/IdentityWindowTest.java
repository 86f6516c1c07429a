package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.jointplan.service.Change;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The first start asks who the user is, until they say; what they say is stamped on their changes. */
class IdentityWindowTest extends OpenWindowTest {
    @Override
    protected void prepareStore() {
        fixture.window.askIdentityAtStart();
    }

    @Test
    void theFirstStartAsksWhoYouAreAndStampsYourChangesWithIt(FxRobot robot) throws Exception {
        DialogPane form = WindowFixture.awaitDialog(robot, "Who are you?");
        TextField name = robot.from(form).lookup(".text-field").queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> organisation = robot.from(form).lookup(".combo-box").queryAs(ComboBox.class);
        assertTrue(organisation.getItems().contains("Nottingham City Council"), organisation.getItems().toString());
        Button save = (Button) robot.from(form).lookup("Save").queryButton();
        assertTrue(save.isDisabled());
        robot.interact(() -> name.setText("Sam Officer"));
        String why = robot.from(form).lookup(".field-error").queryAs(Label.class).getText();
        assertTrue(why.startsWith("Your organisation cannot be blank"), why);
        robot.interact(() -> organisation.getSelectionModel().select("Nottingham City Council"));
        robot.interact(save::fire);
        WindowFixture.await(() -> "Sam Officer".equals(
                text(store, "SELECT value FROM meta WHERE key = 'user.person'")));
        assertEquals("Nottingham City Council", text(store, "SELECT value FROM meta WHERE key = 'user.organisation'"));

        UUID id = fixture.model().plan().actions().get(0).id();
        robot.interact(() -> fixture.model().apply(p -> Change.save("Touch", p.action(id).orElseThrow())));
        WindowFixture.await(() -> "Sam Officer".equals(
                text(store, "SELECT changed_by FROM action WHERE id = ?", id)));
        assertEquals("Nottingham City Council", text(store, "SELECT changed_by_org FROM action WHERE id = ?", id));
    }

    @Test
    void notNowSavesNothingAndTheNextStartAsksAgain(FxRobot robot) throws Exception {
        DialogPane form = WindowFixture.awaitDialog(robot, "Who are you?");
        robot.interact(((Button) robot.from(form).lookup("Not now").queryButton())::fire);
        WindowFixture.await(() -> robot.lookup(".dialog-pane").queryAll().isEmpty());
        assertEquals(0, count(store, "SELECT count(*) FROM meta WHERE key LIKE 'user.%'"));
        robot.interact(() -> fixture.window.identity().askIfUnset()); // what the next start does
        WindowFixture.awaitDialog(robot, "Who are you?");
    }
}
