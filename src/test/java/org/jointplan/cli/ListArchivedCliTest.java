package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PlanLifecycle;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Workspace;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListArchivedCliTest {
    @TempDir
    Path dir;

    @Test
    void listMarksArchivedPlansAfterTheirTitle() {
        Path store = dir.resolve("plan.sqlite");
        var other = PlanGenerator.plan(3, 7);
        try (Workspace workspace = Workspace.open(store)) {
            workspace.addPlan(other);
            var session = new PlanSession(workspace.store(), new LocalUser("City", "Sam"), other);
            PlanLifecycle.setArchived(session, true);
        }
        StringWriter out = new StringWriter();
        int code = JointPlanCommand.execute(r -> { }, new PrintWriter(out), new PrintWriter(new StringWriter()),
                "--store", store.toString(), "list");
        assertEquals(0, code);
        var planLines = out.toString().lines().filter(l -> l.startsWith("Plan ")).toList();
        assertEquals(2, planLines.size(), out.toString());
        assertTrue(planLines.stream().anyMatch(l -> l.startsWith("Plan " + other.plan().title() + " (archived) (")),
                planLines.toString());
        assertTrue(planLines.stream().anyMatch(l -> l.startsWith("Plan Joint SEND Commissioning Delivery Plan 2024/25"
                + " (2024/25,")), "a plan not archived is not marked: " + planLines);
    }
}
