package org.jointplan.domain.spc;

import java.util.Set;

/**
 * One point of an XmR chart with the limits of its period. The limits are null where the package leaves them
 * undefined: a period of one point, or one with no variation left after screening.
 *
 * @param period the period between rebases the point belongs to, from 0
 * @param rules  every rule the point is part of
 * @param cause  the rule that gives the point its special cause (the first of {@link SpcRule}'s order it is part
 *               of), or null for common cause
 * @param side   +1 when the special cause is high (above, or increasing), -1 when low, 0 for common cause
 */
public record SpcPoint(int index, double value, int period, double mean, Double lowerLimit, Double upperLimit,
                       Double lowerTwoSigma, Double upperTwoSigma, Set<SpcRule> rules, SpcRule cause, int side,
                       PointType type) {
    public SpcPoint {
        rules = Set.copyOf(rules);
    }
}
