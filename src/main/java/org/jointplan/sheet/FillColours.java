package org.jointplan.sheet;

/**
 * The BRAG colour word a cell's fill reads as, from its RGB: a tracker may show a rating only as a red, amber,
 * green, blue or grey fill. White, black and colours far from all five read as no rating.
 */
final class FillColours {
    private static final String[] WORDS = {"Red", "Amber", "Green", "Blue", "Grey"};
    private FillColours() {
    }

    static String word(int r, int g, int b) {
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        float brightness = max / 255f;
        float saturation = max == 0 ? 0 : (max - min) / (float) max;
        float hue = hue(r, g, b, max, min);
        if (brightness < 0.2f) {
            return null; // black or nearly
        }
        if (saturation < 0.15f) {
            return brightness > 0.93f ? null : WORDS[4]; // white, else grey
        }
        if (hue < 18 || hue >= 330) {
            return WORDS[0];
        }
        if (hue < 55) {
            return WORDS[1]; // orange to amber to gold
        }
        if (hue < 70) {
            return brightness > 0.85f && saturation < 0.6f ? null : WORDS[1]; // yellow: Excel's amber, pale = none
        }
        if (hue < 170) {
            return WORDS[2];
        }
        if (hue < 260) {
            return WORDS[3];
        }
        return null; // purple, pink: no rating
    }

    private static float hue(int r, int g, int b, int max, int min) {
        if (max == min) {
            return 0;
        }
        float d = max - min;
        float h = max == r ? (g - b) / d : max == g ? 2 + (b - r) / d : 4 + (r - g) / d;
        return (h * 60 + 360) % 360;
    }

    static String word(byte[] rgb) {
        if (rgb == null || rgb.length < 3) {
            return null;
        }
        int o = rgb.length == 4 ? 1 : 0; // ARGB
        return word(rgb[o] & 0xff, rgb[o + 1] & 0xff, rgb[o + 2] & 0xff);
    }
}
