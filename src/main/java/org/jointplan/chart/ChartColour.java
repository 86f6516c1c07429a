package org.jointplan.chart;

/** An opaque sRGB colour, with its contrast against white as WCAG 2 defines it. */
public record ChartColour(int red, int green, int blue) {
    public static final ChartColour WHITE = new ChartColour(255, 255, 255);
    public static final ChartColour BLACK = new ChartColour(0, 0, 0);

    public ChartColour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("A colour's parts are 0 to 255.");
        }
    }

    /** From "#rrggbb". */
    public static ChartColour hex(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new ChartColour((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** "#rrggbb", lower case. */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    /** The contrast ratio against white, from 1 to 21. */
    public double contrastOnWhite() {
        return 1.05 / (luminance() + 0.05);
    }

    /** The WCAG 2 contrast ratio against another colour, from 1 to 21 (the same either way round). */
    public double contrastWith(ChartColour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** This colour with {@code share} (0 to 1) of another laid over it, as a pale tint is made. */
    public ChartColour mixedWith(ChartColour over, double share) {
        return new ChartColour(part(red, over.red, share), part(green, over.green, share),
                part(blue, over.blue, share));
    }

    private static int part(int base, int over, double share) {
        return (int) Math.round(base + (over - base) * share);
    }

    /** This colour darkened step by step, keeping its hue, until it has at least the given contrast on white. */
    public ChartColour darkenedTo(double contrast) {
        ChartColour c = this;
        while (c.contrastOnWhite() < contrast) {
            c = new ChartColour((int) (c.red * 0.9), (int) (c.green * 0.9), (int) (c.blue * 0.9));
        }
        return c;
    }

    private double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int part) {
        double c = part / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
