package org.jointplan.ui;

import static org.jointplan.testsupport.DbProbe.count;
import static org.jointplan.testsupport.DbProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jointplan.domain.Action;
import org.jointplan.domain.Status;
import org.jointplan.service.Edits;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageService;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;

/** A partner's package comes back: the review shows the changes, nothing changes until Apply, Undo takes it back. */
@ExtendWith(ApplicationExtension.class)
class MergeReviewTest {
    @TempDir
    Path dir;

    private Stage stage;
    private WindowFixture fixture;

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

    private static void edit(Workspace w, LocalUser user, java.util.function.Function<PlanSession, Object> change) {
        change.apply(new PlanSession(w.store(), user, w.defaultPlan().orElseThrow()));
    }

    @Test
    void partnersChangesAreReviewedAppliedAndUndone(FxRobot robot) throws Exception {
        Path officer = dir.resolve("officer.sqlite");
        Path sent = dir.resolve("sent.jplan");
        Path back = dir.resolve("back.jplan");
        LocalUser city = new LocalUser("Nottingham City Council", "Officer");
        LocalUser icb = new LocalUser("NHS Nottingham and Nottinghamshire ICB", "Partner");
        PackageService packages = new PackageService();
        Action first;
        Action second;
        try (Workspace w = Workspace.open(officer)) {
            first = w.defaultPlan().orElseThrow().actions().stream().filter(a -> a.status() == Status.ON_TRACK)
                    .findFirst().orElseThrow();
            second = w.defaultPlan().orElseThrow().actions().get(0);
            packages.exportPlan(w.store(), null, sent, null, city, f -> { });
        }
        try (Workspace w = Workspace.open(dir.resolve("partner.sqlite"))) {
            MergeService merges = new MergeService(packages);
            merges.apply(w.store(), icb, merges.prepare(w.store(), sent, null, f -> { }),
                    MergeService.ConflictPolicy.FAIL);
            edit(w, icb, s -> s.apply(Edits.editAction(first.toBuilder().status(Status.AT_RISK)
                    .statusReason("Recruitment").build(), "status")));
            edit(w, icb, s -> s.apply(Edits.editAction(second.toBuilder().due(second.start().plusDays(200)).build(),
                    "due date")));
            packages.exportPlan(w.store(), null, back, null, icb, f -> { });
        }
        try (Workspace w = Workspace.open(officer)) {
            edit(w, city, s -> s.apply(Edits.editAction(second.toBuilder().due(second.start().plusDays(100)).build(),
                    "due date")));
        }

        robot.interact(() -> fixture = new WindowFixture(stage, officer));
        fixture.open(robot);
        robot.interact(() -> fixture.window.openPackage(back));
        WindowFixture.await(() -> robot.lookup(".merge-review").tryQuery().isPresent());
        Label heading = robot.lookup(".review-heading").queryAs(Label.class);
        assertTrue(heading.getText().contains("1 of them in conflict"), heading.getText());
        assertTrue(robot.lookup(".difference-conflict").tryQuery().isPresent());
        assertEquals("on_track", text(officer, "SELECT status FROM action WHERE id = ?", first.id()),
                "nothing changes before Apply");

        var apply = robot.lookup("Apply chosen changes").match(NodeQueryUtils.isVisible()).queryButton();
        robot.interact(apply::fire);
        WindowFixture.await(() -> "at_risk".equals(text(officer, "SELECT status FROM action WHERE id = ?",
                first.id())));
        assertEquals(second.start().plusDays(100).toString(),
                text(officer, "SELECT due_date FROM action WHERE id = ?", second.id()), "the conflict kept mine");
        assertEquals("NHS Nottingham and Nottinghamshire ICB",
                text(officer, "SELECT changed_by_org FROM action WHERE id = ?", first.id()));
        assertEquals(1, count(officer, "SELECT count(*) FROM exchange WHERE direction = 'RECEIVED'"));

        robot.interact(() -> fixture.model().undo());
        WindowFixture.await(() -> "on_track".equals(text(officer, "SELECT status FROM action WHERE id = ?",
                first.id())));
    }
}
