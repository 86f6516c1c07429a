package org.jointplan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jointplan.bundle.PlanJson;
import org.jointplan.domain.PlanData;

/** A plan as JSON, as kept with each exchange: the base of the next three-way merge. */
final class Snapshots {
    private Snapshots() {
    }

    static String json(PlanData plan) {
        try {
            return PlanJson.mapper().writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The plan could not be written as JSON.", e);
        }
    }

    static PlanData plan(String json) {
        try {
            return PlanJson.mapper().readValue(json, PlanData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored exchange could not be read back.", e);
        }
    }
}
