package org.jointplan.service;

import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.Plan;

/** The plan's own settings, each edited by itself, for {@link Edits#editPlan(org.jointplan.domain.PlanData,
 * EditField, Object)}. */
public final class PlanFields {
    public static final EditField<Plan, String> TITLE = new EditField<>("title", (p, v) ->
            new Plan(p.id(), v, p.strategy(), p.period(), p.financialYear(), p.governanceGroups(), p.bragKey(), p.stamp()));
    public static final EditField<Plan, String> STRATEGY = new EditField<>("strategy", (p, v) ->
            new Plan(p.id(), p.title(), v, p.period(), p.financialYear(), p.governanceGroups(), p.bragKey(), p.stamp()));
    public static final EditField<Plan, LocalDate> START = new EditField<>("start of the period", (p, v) ->
            withPeriod(p, new DateRange(v, p.end())));
    public static final EditField<Plan, LocalDate> END = new EditField<>("end of the period", (p, v) ->
            withPeriod(p, new DateRange(p.start(), v)));
    public static final EditField<Plan, FinancialYear> FINANCIAL_YEAR = new EditField<>("financial year", (p, v) ->
            new Plan(p.id(), p.title(), p.strategy(), p.period(), v, p.governanceGroups(), p.bragKey(), p.stamp()));
    public static final EditField<Plan, List<String>> GOVERNANCE_GROUPS = new EditField<>("governance groups",
            (p, v) -> new Plan(p.id(), p.title(), p.strategy(), p.period(), p.financialYear(), List.copyOf(v),
                    p.bragKey(), p.stamp()));
    public static final EditField<Plan, BragKey> BRAG_KEY = new EditField<>("BRAG key", Plan::withBragKey);

    private PlanFields() {
    }

    private static Plan withPeriod(Plan p, DateRange period) {
        return new Plan(p.id(), p.title(), p.strategy(), period, p.financialYear(), p.governanceGroups(), p.bragKey(), p.stamp());
    }
}
