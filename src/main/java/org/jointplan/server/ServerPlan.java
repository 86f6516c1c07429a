package org.jointplan.server;

import org.jointplan.domain.PlanData;

/** A plan as the server holds it, at the revision it was read at (the base a laptop's next push states). */
public record ServerPlan(PlanData plan, long revision) {
}
