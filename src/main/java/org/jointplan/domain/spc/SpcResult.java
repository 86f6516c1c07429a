package org.jointplan.domain.spc;

import java.util.List;

/**
 * An XmR chart worked out: each point, each period, the variation icon of the last point and the assurance icon of
 * the target against the last period's limits (null without a target or when neither direction is better).
 */
public record SpcResult(List<SpcPoint> points, List<SpcPeriod> periods, VariationIcon variation,
                        AssuranceIcon assurance) {
    public SpcResult {
        points = List.copyOf(points);
        periods = List.copyOf(periods);
    }

    /** Whether any period has too few points for reliable limits. */
    public boolean hasShortPeriod() {
        return periods.stream().anyMatch(SpcPeriod::shortWarning);
    }
}
