package org.jointplan.report;

/** The paper sizes a report or timeline is printed on, in points (1/72 inch). */
public enum Paper {
    A4(595.28, 841.89),
    A3(841.89, 1190.55);

    private final double shortSide;
    private final double longSide;

    Paper(double shortSide, double longSide) {
        this.shortSide = shortSide;
        this.longSide = longSide;
    }

    public double shortSide() {
        return shortSide;
    }

    public double longSide() {
        return longSide;
    }

    /** A paper size by its name, "a4" or "A3". */
    public static Paper named(String name) {
        for (Paper p : values()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a paper size; use a4 or a3.");
    }
}
