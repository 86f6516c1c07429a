package org.jointplan.domain;

/**
 * Direction of travel of an action or a priority against the previous report. Statuses are ordered, worst first:
 * Off track, At risk, Not started, On track, Complete; moving up that order is an improvement, down it is worse.
 * An action or priority the previous report did not have is new. A measure's direction compares its latest figure
 * with the previous report's by the way that is better; where neither way is, it is only higher or lower.
 */
public enum Direction {
    IMPROVED("Improved", "↑"),
    NO_CHANGE("No change", "→"),
    WORSE("Worse", "↓"),
    NEW("New", "★"),
    /** A measure where neither way is better went up, or down. */
    HIGHER("Higher", "↑"),
    LOWER("Lower", "↓");

    private final String label;
    private final String arrow;

    Direction(String label, String arrow) {
        this.label = label;
        this.arrow = arrow;
    }

    public String label() {
        return label;
    }

    public String arrow() {
        return arrow;
    }

    /** "↑ Improved": the arrow and the word, so that the arrow is never the only carrier of meaning. */
    public String describe() {
        return arrow + " " + label;
    }

    /** Position of a status in the order of travel, worst first. */
    public static int rank(Status status) {
        return switch (status) {
            case OFF_TRACK -> 0;
            case AT_RISK -> 1;
            case NOT_STARTED -> 2;
            case ON_TRACK -> 3;
            case COMPLETE -> 4;
        };
    }

    /** From the previous status (null when there was none) to the current one. */
    public static Direction between(Status previous, Status current) {
        if (previous == null) {
            return NEW;
        }
        int change = Integer.compare(rank(current), rank(previous));
        return change > 0 ? IMPROVED : change < 0 ? WORSE : NO_CHANGE;
    }
}
