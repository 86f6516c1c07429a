package org.jointplan.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/** Robot tests on the real main window, opened on a fresh store of their own in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
abstract class OpenWindowTest {
    @TempDir
    static Path dir;
    private static int count;

    protected Stage stage;
    protected WindowFixture fixture;
    protected Path store;

    /** TestFX looks for @Start only on the test class itself, so the window is made here, on the FX thread. */
    @BeforeEach
    void open(FxRobot robot) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        store = dir.resolve(getClass().getSimpleName() + (count++) + ".sqlite");
        robot.interact(() -> fixture = new WindowFixture(stage, store));
        prepareStore();
        fixture.open(robot);
    }

    /** Puts something in the store before the window opens it; nothing by default (the sample plan). */
    protected void prepareStore() throws Exception {
    }

    @AfterEach
    void closeStore() {
        if (fixture != null) {
            fixture.close();
        }
    }
}
