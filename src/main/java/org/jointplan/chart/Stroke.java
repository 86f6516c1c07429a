package org.jointplan.chart;

import java.util.Objects;

/** How a line is drawn: colour, width and dash. */
public record Stroke(ChartColour colour, double width, Dash dash) {
    /** Solid, dashed (the target and process limits) or dotted (the trajectory). */
    public enum Dash {
        SOLID, DASHED, DOTTED;

        /** The dash pattern, in multiples of the line width: empty for solid. */
        public double[] pattern(double width) {
            double w = Math.max(width, 1);
            return switch (this) {
                case SOLID -> new double[0];
                case DASHED -> new double[] {4 * w, 2.5 * w};
                case DOTTED -> new double[] {0.1 * w, 2.2 * w};
            };
        }

        /** Dots are round: drawn as short dashes with round ends. */
        public boolean roundCaps() {
            return this == DOTTED;
        }
    }

    public Stroke {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(dash, "dash");
        if (!(width > 0)) {
            throw new IllegalArgumentException("A line must have a width.");
        }
    }

    public static Stroke solid(ChartColour colour, double width) {
        return new Stroke(colour, width, Dash.SOLID);
    }
}
