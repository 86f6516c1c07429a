package org.jointplan.report.pdf;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Splits text into runs the embedded font shows as it is, and runs to be shaped by the JDK: scripts that join or run
 * right to left (PDFBox neither shapes nor reorders them) and characters DejaVu Sans lacks. Spaces between two shaped
 * characters stay in the shaped run, so a right-to-left name of several words keeps its word order.
 */
final class Runs {
    private static final Set<UnicodeScript> COMPLEX = EnumSet.of(UnicodeScript.ARABIC, UnicodeScript.HEBREW,
            UnicodeScript.SYRIAC, UnicodeScript.THAANA, UnicodeScript.NKO, UnicodeScript.DEVANAGARI,
            UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI, UnicodeScript.ORIYA,
            UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA, UnicodeScript.MALAYALAM,
            UnicodeScript.SINHALA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.TIBETAN,
            UnicodeScript.MYANMAR, UnicodeScript.KHMER, UnicodeScript.MONGOLIAN);

    /** A run of text, shaped or not. */
    record Run(String text, boolean shaped) {
    }

    private Runs() {
    }

    /** Composed (NFC) text without control characters, tabs as spaces; new lines kept as line breaks. */
    static String clean(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (cp == '\t') {
                b.append(' ');
            } else if (cp == '\n') {
                b.append('\n');
            } else if (drawable(cp)) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static boolean drawable(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.SURROGATE && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE;
    }

    /** Runs of cleaned text without new lines. */
    static List<Run> split(String text, Face face) {
        int[] cps = text.codePoints().toArray();
        boolean[] shaped = new boolean[cps.length];
        for (int i = 0; i < cps.length; i++) {
            shaped[i] = cps[i] != ' ' && needsShaping(cps[i], face);
        }
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == ' ') {
                shaped[i] = neighbourShaped(cps, shaped, i, -1) && neighbourShaped(cps, shaped, i, 1);
            }
        }
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= cps.length; i++) {
            if (i == cps.length || shaped[i] != shaped[start]) {
                runs.add(new Run(new String(cps, start, i - start), shaped[start]));
                start = i;
            }
        }
        return runs;
    }

    private static boolean neighbourShaped(int[] cps, boolean[] shaped, int i, int step) {
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (cps[j] != ' ') {
                return shaped[j];
            }
        }
        return false;
    }

    static boolean needsShaping(int cp, Face face) {
        if (COMPLEX.contains(UnicodeScript.of(cp))) {
            return true;
        }
        byte dir = Character.getDirectionality(cp);
        return dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || !face.canShow(cp);
    }
}
