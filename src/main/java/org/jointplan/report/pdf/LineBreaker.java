package org.jointplan.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps styled text into lines of at most a width: at spaces, at new lines, and inside a word only when the word
 * alone is wider than the line, so no text is ever lost or drawn outside its box.
 */
final class LineBreaker {
    private final float size;

    LineBreaker(float size) {
        this.size = size;
    }

    List<Line> wrap(List<Styled> spans, float maxWidth) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        float lineWidth = 0;
        List<Piece> word = new ArrayList<>();
        Face spaceFace = null;
        for (Token token : tokens(spans)) {
            if (token.kind != Kind.PART) {
                if (!word.isEmpty()) {
                    lineWidth = place(word, spaceFace, line, lineWidth, lines, maxWidth);
                    word = new ArrayList<>();
                    spaceFace = null;
                }
                if (token.kind == Kind.BREAK) {
                    lines.add(merge(line));
                    line = new ArrayList<>();
                    lineWidth = 0;
                } else if (!line.isEmpty()) {
                    spaceFace = token.face;
                }
                continue;
            }
            word.add(piece(token.text, token.face, token.shaped));
        }
        if (!word.isEmpty()) {
            place(word, spaceFace, line, lineWidth, lines, maxWidth);
        }
        if (!line.isEmpty()) {
            lines.add(merge(line));
        }
        return lines;
    }

    /** The width of the widest word: what a column needs for no word to break. */
    float widestWord(List<Styled> spans) throws IOException {
        float widest = 0;
        float word = 0;
        for (Token token : tokens(spans)) {
            if (token.kind == Kind.PART) {
                word += piece(token.text, token.face, token.shaped).width();
            } else {
                widest = Math.max(widest, word);
                word = 0;
            }
        }
        return Math.max(widest, word);
    }

    /** Puts a word on the line after a space, or on new lines; returns the line's width. */
    private float place(List<Piece> word, Face spaceFace, List<Piece> line, float lineWidth, List<Line> lines,
                        float max) throws IOException {
        float w = 0;
        for (Piece p : word) {
            w += p.width();
        }
        if (!line.isEmpty()) {
            Piece space = piece(" ", spaceFace, false);
            if (lineWidth + space.width() + w <= max) {
                line.add(space);
                line.addAll(word);
                return lineWidth + space.width() + w;
            }
            // the space stays at the end of the line, taking no room, so the text still reads "a b", not "ab"
            line.add(new Piece(" ", spaceFace, false, 0));
            lines.add(merge(line));
            line.clear();
        }
        if (w <= max) {
            line.addAll(word);
            return w;
        }
        float width = 0;
        for (Piece part : word) {
            String rest = part.text();
            while (!rest.isEmpty()) {
                int fits = longestFit(rest, part, max - width);
                if (fits == 0 && line.isEmpty()) {
                    fits = rest.offsetByCodePoints(0, 1);
                }
                if (fits == 0) {
                    lines.add(merge(line));
                    line.clear();
                    width = 0;
                    continue;
                }
                Piece chunk = piece(rest.substring(0, fits), part.face(), part.shaped());
                line.add(chunk);
                width += chunk.width();
                rest = rest.substring(fits);
                if (!rest.isEmpty()) {
                    lines.add(merge(line));
                    line.clear();
                    width = 0;
                }
            }
        }
        return width;
    }

    /** The length of the longest prefix (whole code points) within the room. */
    private int longestFit(String text, Piece like, float room) throws IOException {
        int lo = 0;
        int hi = text.codePointCount(0, text.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            String prefix = text.substring(0, text.offsetByCodePoints(0, mid));
            if (piece(prefix, like.face(), like.shaped()).width() <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.offsetByCodePoints(0, lo);
    }

    private Piece piece(String text, Face face, boolean shaped) throws IOException {
        float w = shaped ? face.shapedWidth(text, size) : face.width(text, size);
        return new Piece(text, face, shaped, w);
    }

    /** One piece for each stretch of plain text in one face, so a line is a few text operators. */
    private static Line merge(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        float width = 0;
        for (Piece p : pieces) {
            width += p.width();
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !last.shaped() && !p.shaped() && last.face() == p.face()) {
                out.set(out.size() - 1, new Piece(last.text() + p.text(), p.face(), false,
                        last.width() + p.width()));
            } else {
                out.add(p);
            }
        }
        return new Line(out, width);
    }

    private enum Kind { PART, SPACE, BREAK }

    private record Token(Kind kind, String text, Face face, boolean shaped) {
    }

    private static List<Token> tokens(List<Styled> spans) {
        List<Token> tokens = new ArrayList<>();
        for (Styled span : spans) {
            String[] paragraphs = Runs.clean(span.text()).split("\n", -1);
            for (int p = 0; p < paragraphs.length; p++) {
                if (p > 0) {
                    tokens.add(new Token(Kind.BREAK, "", span.face(), false));
                }
                for (Runs.Run run : Runs.split(paragraphs[p], span.face())) {
                    if (run.shaped()) {
                        tokens.add(new Token(Kind.PART, run.text(), span.face(), true));
                        continue;
                    }
                    int start = 0;
                    String t = run.text();
                    for (int i = 0; i <= t.length(); i++) {
                        if (i == t.length() || t.charAt(i) == ' ') {
                            if (i > start) {
                                tokens.add(new Token(Kind.PART, t.substring(start, i), span.face(), false));
                            }
                            if (i < t.length()) {
                                tokens.add(new Token(Kind.SPACE, " ", span.face(), false));
                            }
                            start = i + 1;
                        }
                    }
                }
            }
        }
        return tokens;
    }
}
