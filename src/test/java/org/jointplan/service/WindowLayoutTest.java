package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's arrangement is kept in the store, and anything unreadable there is ignored. */
class WindowLayoutTest {
    @TempDir
    Path dir;

    @Test
    void aSavedLayoutIsReadBackAsSaved() {
        try (Workspace workspace = Workspace.open(dir.resolve("plan.sqlite"))) {
            assertEquals(Optional.empty(), WindowLayout.saved(workspace));
            WindowLayout.save(workspace, new WindowLayout(240, 360, 0.4, true));
            assertEquals(Optional.of(new WindowLayout(240, 360, 0.4, true)), WindowLayout.saved(workspace));
        }
        try (Workspace reopened = Workspace.open(dir.resolve("plan.sqlite"))) {
            assertEquals(Optional.of(new WindowLayout(240, 360, 0.4, true)), WindowLayout.saved(reopened));
        }
    }

    @Test
    void anUnreadableOrImpossibleLayoutIsIgnored() {
        try (Workspace workspace = Workspace.open(dir.resolve("plan.sqlite"))) {
            for (String stored : new String[] {"", "garbage", "200;300", "200;300;NaN;false", "200;300;7;false",
                    "-5;300;0.5;false", "200;1e9;0.5;false"}) {
                workspace.store().saveSetting(WindowLayout.KEY, stored);
                assertEquals(Optional.empty(), WindowLayout.saved(workspace), stored);
            }
        }
    }
}
