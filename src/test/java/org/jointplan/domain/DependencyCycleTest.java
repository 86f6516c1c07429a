package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cycle check runs on plans from packages, which may be hostile: it must stay linear in the dependencies. */
class DependencyCycleTest {
    private static final Stamp STAMP = new Stamp(Instant.parse("2025-01-01T00:00:00Z"), "", "");
    private static final UUID PLAN = UUID.randomUUID();

    /** Not timed (a loaded machine would fail it): the plan.check60k benchmark measures the speed. */
    @Test
    void aLongChainIsChecked() {
        List<UUID> actions = new ArrayList<>();
        for (int i = 0; i < 200_001; i++) {
            actions.add(UUID.randomUUID());
        }
        List<Dependency> chain = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            chain.add(new Dependency(UUID.randomUUID(), PLAN, actions.get(i), actions.get(i + 1), STAMP));
        }
        assertFalse(PlanRules.hasCycle(chain)); // the old check walked the chain once per dependency: 2 * 10^10 steps
        chain.add(new Dependency(UUID.randomUUID(), PLAN, actions.get(200_000), actions.get(0), STAMP));
        assertTrue(PlanRules.hasCycle(chain));
    }

    @Test
    void diamondsAndRepeatsAreNotCycles() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        List<Dependency> diamond = List.of(dep(a, b), dep(a, c), dep(b, d), dep(c, d), dep(c, d));
        assertFalse(PlanRules.hasCycle(diamond));
        List<Dependency> withBackEdge = new ArrayList<>(diamond);
        withBackEdge.add(dep(d, a));
        assertTrue(PlanRules.hasCycle(withBackEdge));
    }

    private static Dependency dep(UUID before, UUID after) {
        return new Dependency(UUID.randomUUID(), PLAN, before, after, STAMP);
    }
}
