package org.jointplan.domain.spc;

/**
 * The points between two rebases (first and last index, inclusive), their mean and process limits. A period of
 * fewer than {@link XmrChart#RELIABLE_POINTS} points has trial limits, and a warning says so.
 */
public record SpcPeriod(int first, int last, double mean, Double lowerLimit, Double upperLimit,
                        boolean shortWarning) {
    public int size() {
        return last - first + 1;
    }
}
