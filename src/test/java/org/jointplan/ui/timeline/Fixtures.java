package org.jointplan.ui.timeline;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jointplan.domain.Action;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.testsupport.OctoberSample;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample plan as the timeline tests use it (as it stood on 7 October 2024, before its reporting cycle), and a way
 * to run code on the FX thread and get its result.
 */
final class Fixtures {
    /** The day the October sample's statuses were last updated. */
    static final LocalDate AS_AT = LocalDate.of(2024, 10, 7);
    private static PlanData sample;

    private Fixtures() {
    }

    static synchronized PlanData sample() {
        if (sample == null) {
            sample = OctoberSample.plan();
        }
        return sample;
    }

    static Action action(PlanData plan, String titleStart) {
        return plan.actions().stream().filter(a -> a.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    static Milestone milestone(PlanData plan, String titleStart) {
        return plan.milestones().stream().filter(m -> m.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // an assertion failed on the FX thread: report it as a failure
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void fx(Runnable work) {
        fx(() -> {
            work.run();
            return null;
        });
    }
}
