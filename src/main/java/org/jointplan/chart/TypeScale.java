package org.jointplan.chart;

/**
 * The size of a chart's ordinary text in layout units; titles, icons, markers and line widths follow from it. The
 * layout shrinks it (to no less than {@link #SMALLEST}) when a box is too small to hold the chart at this size.
 */
public record TypeScale(double text) {
    /** In the window: 12-pixel text. */
    public static final TypeScale WINDOW = new TypeScale(12);
    /** On a projected slide laid out at 1600 x 900 or so: text that reads from the back of the room. */
    public static final TypeScale PRESENTATION = new TypeScale(24);
    /** On paper, in points: 10-point text. */
    public static final TypeScale PRINT = new TypeScale(10);
    public static final double SMALLEST = 6;

    public TypeScale {
        if (!(text >= SMALLEST) || text > 200) {
            throw new IllegalArgumentException("Chart text must be 6 to 200 units high.");
        }
    }
}
