package org.jointplan.ui.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jointplan.domain.Action;
import org.jointplan.domain.Difference;
import org.jointplan.domain.Status;
import org.jointplan.service.ActionFields;
import org.jointplan.service.Edits;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageService;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Workspace;
import org.jointplan.ui.HeldModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The review of a partner's changes puts conflicts first and shows what an added progress update says. */
@ExtendWith(ApplicationExtension.class)
public class MergeReviewWindowTest {
    static final String UPDATE = "Contract signed at last; mobilisation starts in May.";
    private static final LocalUser CITY = new LocalUser("Nottingham City Council", "Officer");
    private static final LocalUser ICB = new LocalUser("NHS Nottingham and Nottinghamshire ICB", "Partner");

    @TempDir
    Path dir;
    private Stage stage;
    private HeldModel held;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
        if (held != null) {
            held.close();
        }
    }

    private static void edit(Workspace w, LocalUser user, Consumer<PlanSession> change) {
        change.accept(new PlanSession(w.store(), user, w.defaultPlan().orElseThrow()));
    }

    /**
     * The officer's plan and a partner's package back with a rating change, a due date the officer also changed (a
     * conflict, in the last priority) and a progress update; the window is not shown yet.
     */
    public static MergeReviewWindow review(Path dir, Stage stage, java.util.function.Consumer<HeldModel> keep) {
        Path officer = dir.resolve("officer.sqlite");
        Path sent = dir.resolve("sent.jplan");
        Path back = dir.resolve("back.jplan");
        PackageService packages = new PackageService();
        List<Action> actions;
        try (Workspace w = Workspace.open(officer)) {
            actions = w.defaultPlan().orElseThrow().actions().stream().filter(a -> a.status() == Status.ON_TRACK)
                    .toList();
            packages.exportPlan(w, null, sent, null, CITY, f -> { });
        }
        Action rated = actions.get(0);
        Action late = actions.get(actions.size() - 1);
        try (Workspace w = Workspace.open(dir.resolve("partner.sqlite"))) {
            MergeService merges = new MergeService(packages);
            merges.apply(w.store(), ICB, merges.prepare(w.store(), sent, null, f -> { }),
                    MergeService.ConflictPolicy.FAIL);
            edit(w, ICB, s -> s.apply(Edits.editAction(s.plan(), rated.id(), ActionFields.STATUS, Status.AT_RISK)));
            edit(w, ICB, s -> s.apply(Edits.editAction(s.plan(), late.id(), ActionFields.DUE,
                    late.due().plusDays(60))));
            edit(w, ICB, s -> s.apply(Edits.addUpdate(s.plan(), rated.id(), LocalDate.of(2025, 3, 3), UPDATE,
                    Status.AT_RISK, "Partner")));
            packages.exportPlan(w, null, back, null, ICB, f -> { });
        }
        try (Workspace w = Workspace.open(officer)) {
            edit(w, CITY, s -> s.apply(Edits.editAction(s.plan(), late.id(), ActionFields.DUE,
                    late.due().plusDays(30))));
        }
        HeldModel held = new HeldModel(officer);
        keep.accept(held);
        MergeService merges = new MergeService(packages);
        MergeService.Proposal proposal = merges.prepare(held.workspace().store(), back, null, f -> { });
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 300, 200));
        stage.getScene().getStylesheets().add(MergeReviewWindow.class.getResource("/org/jointplan/ui/jointplan.css")
                .toExternalForm());
        stage.show();
        return new MergeReviewWindow(stage, held.model, merges, proposal, message -> { });
    }

    @Test
    void conflictsComeFirstAndAProgressUpdateShowsItsWords(FxRobot robot) throws Exception {
        MergeReviewWindow[] window = new MergeReviewWindow[1];
        robot.interact(() -> {
            window[0] = review(dir, stage, h -> held = h);
            window[0].show();
        });
        List<DifferenceRow> rows = window[0].rows();
        assertTrue(rows.size() >= 3, rows.toString());
        assertTrue(rows.get(0).difference().isConflict(), "the conflict is listed first");
        assertTrue(rows.stream().skip(1).noneMatch(r -> r.difference().isConflict()));
        Difference update = rows.stream().map(DifferenceRow::difference)
                .filter(d -> d.type() == Difference.Type.ADDED && d.description().startsWith("Progress update"))
                .findFirst().orElseThrow();
        assertTrue(robot.lookup(".difference-detail").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains(UPDATE)), "the update's words are shown: " + update);
        List<javafx.scene.Node> headings = robot.lookup(".section-heading").queryAll().stream().toList();
        assertEquals(rows.size(), robot.lookup(".difference-row").queryAll().size());
        assertTrue(headings.stream().map(n -> ((Label) n).getText()).anyMatch(t -> t.startsWith("In conflict")));
    }
}
