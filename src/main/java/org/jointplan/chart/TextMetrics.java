package org.jointplan.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * How much room a line of text takes, estimated from the advance widths of DejaVu Sans (the widest of the usual sans
 * fonts: Arial, Liberation Sans and Segoe UI are narrower), so the layout is the same on every machine and text laid
 * out apart never overlaps whatever sans font paints it. Bold is taken as 14% wider.
 */
public final class TextMetrics {
    /** The painters' font: DejaVu Sans where the layout's widths come from, then the usual sans fonts. */
    public static final String FONT_FAMILIES = "DejaVu Sans, Arial, Helvetica, sans-serif";
    private static final double BOLD = 1.14;
    private static final double UNKNOWN = 0.75;
    private static final String ELLIPSIS = "\u2026";
    private static final double[] ASCII = new double[128];

    static {
        java.util.Arrays.fill(ASCII, UNKNOWN);
        String widths = "!.402 \".460 #.838 $.636 %.950 &.780 '.275 (.390 ).390 *.500 +.838 ,.318 -.361 "
                + "..318 /.337 :.337 ;.337 <.838 =.838 >.838 ?.531 @1.0 [.390 ].390 _.500 |.337 "
                + "A.684 B.686 C.698 D.770 E.632 F.575 G.775 H.752 I.295 J.295 K.656 L.557 M.863 N.748 O.787 P.603 "
                + "Q.787 R.695 S.635 T.611 U.732 V.684 W.989 X.685 Y.611 Z.685 a.613 b.635 c.550 d.635 e.615 f.352 "
                + "g.635 h.634 i.278 j.278 k.579 l.278 m.974 n.634 o.612 p.635 q.635 r.411 s.521 t.392 u.634 v.592 "
                + "w.818 x.592 y.592 z.525";
        for (String w : widths.split(" ")) {
            ASCII[w.charAt(0)] = Double.parseDouble(w.substring(1));
        }
        ASCII[' '] = 0.318;
        for (char d = '0'; d <= '9'; d++) {
            ASCII[d] = 0.636;
        }
    }

    private TextMetrics() {
    }

    /** The width of the text at a font size, in the same units. */
    public static double width(String text, double size, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c < 128 ? ASCII[c] : c == '\u00b7' || c == '\u2009' ? 0.318 : c == '\u2026' ? 1.0 : UNKNOWN;
        }
        return em * size * (bold ? BOLD : 1);
    }

    /** From the baseline up to the top of capitals and accents. */
    public static double ascent(double size) {
        return 0.8 * size;
    }

    /** The height a line's glyphs cover, ascent and descent. */
    public static double lineHeight(double size) {
        return 1.04 * size;
    }

    /** From one baseline to the next. */
    public static double lineSpacing(double size) {
        return 1.25 * size;
    }

    /** The text, cut with an ellipsis if it is wider than the room (empty when not even the ellipsis fits). */
    public static String fit(String text, double size, boolean bold, double room) {
        if (width(text, size, bold) <= room) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            String cut = text.substring(0, end).stripTrailing() + ELLIPSIS;
            if (width(cut, size, bold) <= room) {
                return cut;
            }
        }
        return width(ELLIPSIS, size, bold) <= room ? ELLIPSIS : "";
    }

    /**
     * The text broken at spaces into lines no wider than the room, at most {@code maxLines} (the last cut with an
     * ellipsis when the words do not fit). A word wider than the room is cut.
     */
    public static List<String> wrap(String text, double size, boolean bold, double room, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String tried = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(tried, size, bold) <= room || line.isEmpty()) {
                line = tried;
                continue;
            }
            if (lines.size() == maxLines - 1) {
                lines.add(fit(String.join(" ", java.util.Arrays.copyOfRange(words, i - countWords(line), words.length)),
                        size, bold, room));
                return lines;
            }
            lines.add(fit(line, size, bold, room));
            line = words[i];
        }
        if (!line.isEmpty()) {
            lines.add(fit(line, size, bold, room));
        }
        return lines;
    }

    private static int countWords(String line) {
        return line.split(" ").length;
    }
}
