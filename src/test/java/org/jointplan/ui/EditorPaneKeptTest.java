package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jointplan.service.WindowLayout;
import org.jointplan.service.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window opens on the arrangement kept in its store: here the editor hidden and a 300 px navigator. */
class EditorPaneKeptTest extends OpenWindowTest {
    @Override
    protected void prepareStore() {
        try (Workspace workspace = Workspace.open(store)) {
            WindowLayout.save(workspace, new WindowLayout(300, 380, 0.4, true));
        }
    }

    @Test
    void theWindowOpensAsTheUserLeftIt(FxRobot robot) throws Exception {
        WindowFixture.await(() -> Math.abs(robot.lookup(".plan-navigator").query().getBoundsInLocal()
                .getWidth() - 300) < 12);
        robot.interact(() -> EditorPaneTest.table(robot).getSelectionModel().select(0));
        WindowFixture.await(() -> fixture.model().selectedActionIdProperty().get() != null);
        assertFalse(EditorPaneTest.sideShown(robot), "the editor stays hidden until the user shows it");
        assertTrue(EditorPaneTest.screen(robot).paneLayout().current().editorHidden());
        assertEquals(0.4, EditorPaneTest.screen(robot).paneLayout().current().timelineShare(), 0.02);
    }
}
