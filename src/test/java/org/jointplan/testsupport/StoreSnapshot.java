package org.jointplan.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;

/** Everything a store holds, to check afterwards that a refused change left it exactly as it was. */
public record StoreSnapshot(List<Plan> plans, List<PlanData> data) {

    public static StoreSnapshot of(Store store) {
        List<Plan> plans = store.plans();
        return new StoreSnapshot(plans, plans.stream().map(p -> store.load(p.id()).orElseThrow()).toList());
    }

    public void assertSameAs(Store store) {
        StoreSnapshot now = of(store);
        assertEquals(plans, now.plans(), "the store's plans");
        for (int i = 0; i < data.size(); i++) {
            PlanAssertions.assertSamePlan(data.get(i), now.data().get(i));
        }
    }
}
