package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.server.ServerLogin;
import org.jointplan.server.ServerSetup;
import org.jointplan.server.ServerStore;
import org.jointplan.server.TestServer;
import org.jointplan.service.Edits;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService;
import org.jointplan.service.PlanSession;
import org.jointplan.service.SyncService;
import org.jointplan.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;

/** File > Sync with server… against a real PostgreSQL: the dialog, the status bar, conflicts and the history. */
@ExtendWith(ApplicationExtension.class)
class SyncWindowTest {
    private static TestServer server;

    @TempDir
    Path dir;

    private Stage stage;
    private WindowFixture fixture;
    private String db;
    private ServerLogin anna;

    @BeforeAll
    static void startServer() throws java.sql.SQLException {
        server = TestServer.start().requirePasswords();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeStore() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void openWindow(FxRobot robot) throws Exception {
        db = server.newDatabase();
        ServerSetup.init(server.admin(db));
        anna = server.officer(db, "anna", "Anna Shaw", "Nottingham City Council");
        robot.interact(() -> fixture = new WindowFixture(stage, dir.resolve("anna.sqlite")));
        fixture.open(robot);
    }

    private Button syncButton(FxRobot robot) {
        return robot.lookup(".sync-status").queryButton();
    }

    /** Fills the dialog (the password only when asked) and presses Sync. */
    private void sync(FxRobot robot, String password) throws Exception {
        robot.interact(() -> syncButton(robot).fire());
        DialogPane pane = WindowFixture.awaitDialog(robot, "Sync this plan");
        List<TextField> fields = robot.from(pane).lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> !(f instanceof PasswordField)).toList();
        var passwords = robot.from(pane).lookup(".password-field").queryAllAs(PasswordField.class);
        assertEquals(password != null, !passwords.isEmpty(), "the password is asked once a session");
        robot.interact(() -> {
            if (fields.get(0).getText().isEmpty()) {
                fields.get(0).setText(server.url(db));
                fields.get(1).setText("anna");
            }
            if (password != null) {
                passwords.iterator().next().setText(password);
            }
        });
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst()
                .orElseThrow());
        robot.interact(ok::fire);
    }

    private void closeNotice(FxRobot robot, String header) throws Exception {
        DialogPane notice = WindowFixture.awaitDialog(robot, header);
        robot.interact(() -> ((Button) notice.lookupButton(ButtonType.OK)).fire());
    }

    @Test
    void theFirstSyncPublishesTheNextAsksNoPasswordAndTheStatusBarAndHistorySayHowItStands(FxRobot robot)
            throws Exception {
        openWindow(robot);
        Path store = fixture.store;
        assertEquals("⟳ Not synced", syncButton(robot).getText());

        sync(robot, "secret");
        closeNotice(robot, "Synced with the server");
        WindowFixture.await(() -> syncButton(robot).getText().matches("⟳ Synced \\d\\d:\\d\\d · revision 1"));
        PlanData plan = fixture.model().plan();
        assertEquals(1, count(store, "SELECT count(*) FROM sync_state WHERE revision = 1"));
        assertEquals(server.url(db), text(store, "SELECT value FROM meta WHERE key = ?", "sync.server"));
        assertEquals(0, count(store, "SELECT count(*) FROM meta WHERE value LIKE '%secret%'"));

        Action first = plan.actions().get(0);
        robot.interact(() -> fixture.model().apply(p -> Edits.editAction(first.toBuilder().title("Renamed here")
                .build(), "title")));
        WindowFixture.await(() -> syncButton(robot).getText().startsWith("⟳ Local changes waiting"));
        sync(robot, null);
        closeNotice(robot, "Synced with the server");
        WindowFixture.await(() -> syncButton(robot).getText().matches("⟳ Synced \\d\\d:\\d\\d · revision 2"));
        try (ServerStore onServer = ServerStore.open(anna)) {
            assertEquals("Renamed here", onServer.load(plan.id()).orElseThrow().plan().action(first.id())
                    .orElseThrow().title());
        }

        robot.interact(() -> robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .get(0).getItems().stream().filter(i -> "Exchange _history…".equals(i.getText())).findFirst()
                .orElseThrow().fire());
        WindowFixture.await(() -> robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                .anyMatch(t -> "Changes on the server".equals(t.getAccessibleText()) && t.getItems().size() == 2));
        @SuppressWarnings("unchecked")
        TableView<org.jointplan.domain.AuditEntry> audit = robot.lookup(".table-view").queryAllAs(TableView.class)
                .stream().filter(t -> "Changes on the server".equals(t.getAccessibleText())).findFirst().orElseThrow();
        assertEquals("Anna Shaw", audit.getItems().get(0).person());
        assertEquals("1 action changed", audit.getItems().get(0).summary());
    }

    @Test
    void aWrongPasswordIsAskedAgainWithThePlainReasonAndNothingChanges(FxRobot robot) throws Exception {
        openWindow(robot);

        sync(robot, "wrong");

        DialogPane again = WindowFixture.awaitDialog(robot, "Sync this plan");
        WindowFixture.await(() -> robot.from(again).lookup(".password-field").tryQuery().isPresent());
        assertEquals(0, count(fixture.store, "SELECT count(*) FROM sync_state"));
    }

    @Test
    void theSameFieldChangedOnBothSidesOpensTheReviewAndNothingIsDecidedByTheClock(FxRobot robot) throws Exception {
        openWindow(robot);
        sync(robot, "secret");
        closeNotice(robot, "Synced with the server");
        WindowFixture.await(() -> syncButton(robot).getText().contains("revision 1"));
        PlanData plan = fixture.model().plan();
        Action first = plan.actions().get(0);
        ServerLogin ben = server.officer(db, "ben", "Ben Okafor", "NHS ICB");
        try (ServerStore s = ServerStore.open(anna)) {
            s.share(plan.id(), "ben");
        }
        LocalUser benUser = new LocalUser("NHS ICB", "Ben Okafor");
        try (Store laptop = Store.open(dir.resolve("ben.sqlite")); ServerStore s = ServerStore.open(ben)) {
            SyncService bens = new SyncService(laptop, benUser);
            bens.sync(s, plan.id(), MergeService.ConflictPolicy.FAIL);
            PlanData fetched = laptop.load(plan.id()).orElseThrow();
            new PlanSession(laptop, benUser, fetched).apply(Edits.editAction(fetched.action(first.id())
                    .orElseThrow().toBuilder().title("Ben's title").build(), "title"));
            bens.sync(s, plan.id(), MergeService.ConflictPolicy.FAIL);
        }
        robot.interact(() -> fixture.model().apply(p -> Edits.editAction(first.toBuilder().title("Anna's title")
                .build(), "title")));
        WindowFixture.await(() -> syncButton(robot).getText().startsWith("⟳ Local changes waiting"));

        sync(robot, null);

        WindowFixture.await(() -> robot.lookup(".merge-review").tryQuery().isPresent());
        assertTrue(robot.lookup(".difference-conflict").tryQuery().isPresent());
        assertEquals("Anna's title", text(fixture.store, "SELECT title FROM action WHERE id = ?", first.id()));
        var apply = robot.lookup("Apply chosen changes").match(NodeQueryUtils.isVisible()).queryButton();
        robot.interact(apply::fire); // a conflict left as it is keeps mine
        closeNotice(robot, "Synced with the server");
        WindowFixture.await(() -> syncButton(robot).getText().contains("revision 3"));
        try (ServerStore onServer = ServerStore.open(anna)) {
            assertEquals("Anna's title", onServer.load(plan.id()).orElseThrow().plan().action(first.id())
                    .orElseThrow().title());
        }
    }
}
