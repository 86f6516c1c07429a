package org.jointplan.testsupport;

import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;

/**
 * Child process of the crash test: adds actions to the store's plan one transaction at a time and prints
 * "COMMITTED id" after each commit returns, until it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        Random random = new Random(seed);
        try (Store store = Store.open(file)) {
            PlanData plan = store.load(store.plans().get(0).id()).orElseThrow();
            Action template = plan.actions().get(0);
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                Action action = new Action(new UUID(random.nextLong(), random.nextLong()), template.planId(),
                        template.priorityId(), template.otherPriorityIds(), "Crash action " + seed + "-" + i,
                        "x".repeat(random.nextInt(2000)), template.leadPartnerId(), "Crash owner",
                        template.start(), template.due(), template.status(), template.percentComplete(),
                        template.statusReason(), "", null, null, "", "", template.stamp().renewed());
                store.write("a crash-test action", w -> w.saveAction(action));
                System.out.println("COMMITTED " + action.id());
                System.out.flush();
            }
        }
    }
}
