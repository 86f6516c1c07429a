package org.jointplan.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jointplan.bundle.PlanJson;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;

/** The Nottingham and Nottinghamshire 2024/25 plan shipped with the application as a JSON resource. */
public final class SamplePlan {
    static final String RESOURCE = "/org/jointplan/seed/plan-2024-25.json";

    private SamplePlan() {
    }

    public static PlanData load() {
        try (InputStream in = SamplePlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample plan is missing from the application.");
            }
            PlanData plan = PlanJson.mapper().readValue(in, PlanData.class);
            PlanRules.requireSound(plan);
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException("The sample plan shipped with JointPlan cannot be read.", e);
        }
    }
}
