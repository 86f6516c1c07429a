package org.jointplan.service;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointplan.domain.Exchange;
import org.jointplan.domain.PlanData;
import org.jointplan.store.PlanWriter;
import org.jointplan.store.Store;
import org.jointplan.store.StoreException;

/**
 * A whole plan as the store holds it: its records, its exchanges with the snapshots the next merge starts from, and
 * whether it is archived. What a deleted plan's undo puts back.
 */
record StoredPlan(PlanData data, Map<Exchange, String> exchanges, boolean archived) {

    StoredPlan {
        exchanges = new LinkedHashMap<>(exchanges);
    }

    /** A plan not yet in the store. */
    static StoredPlan of(PlanData data) {
        return new StoredPlan(data, Map.of(), false);
    }

    static StoredPlan read(Store store, UUID planId) {
        PlanData data = store.load(planId).orElseThrow(() -> new StoreException(
                "That plan is no longer in the store; it may have been deleted already."));
        Map<Exchange, String> exchanges = new LinkedHashMap<>();
        List<Exchange> oldestFirst = new ArrayList<>(store.exchanges(planId));
        java.util.Collections.reverse(oldestFirst);
        for (Exchange e : oldestFirst) {
            exchanges.put(e, store.exchangeSnapshot(e.packageId()).orElseThrow());
        }
        return new StoredPlan(data, exchanges, store.archivedPlans().contains(planId));
    }

    void write(PlanWriter w) throws SQLException {
        w.lifecycle().revive(data.id());
        w.savePlan(data);
        for (Map.Entry<Exchange, String> e : exchanges.entrySet()) {
            w.recordExchange(e.getKey(), e.getValue());
        }
        if (archived) {
            w.lifecycle().setArchived(data.id(), true);
        }
    }
}
