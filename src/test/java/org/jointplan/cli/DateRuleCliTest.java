package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** update refuses the dates export would refuse: one rule for every way in. */
class DateRuleCliTest {
    @TempDir
    Path dir;

    @Test
    void updateRefusesAYearNoPlanCanHoldAndChangesNothing() {
        PlanData plan = PlanGenerator.plan(3, 5);
        Path file = dir.resolve("officer.sqlite");
        try (Store store = Store.open(file)) {
            store.write("the plan", w -> w.savePlan(plan));
        }
        Action action = plan.actions().get(0);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JointPlanCommand.execute(r -> { }, new PrintWriter(out), new PrintWriter(err), "--store",
                file.toString(), "update", action.id().toString(), "--due", "31/12/9999");
        assertEquals(1, code, out.toString());
        assertEquals("The date 31/12/9999 is not one a plan can hold; plan dates fall between 1900 and 2999.",
                err.toString().strip());
        try (Store store = Store.open(file)) {
            assertEquals(action.due(), store.load(plan.id()).orElseThrow().action(action.id()).orElseThrow().due());
        }
        code = JointPlanCommand.execute(r -> { }, new PrintWriter(out), new PrintWriter(err), "--store",
                file.toString(), "export", "--plan", plan.id().toString(), "--out", dir.resolve("p.jplan").toString());
        assertEquals(0, code, err.toString());
    }
}
