package org.jointplan.report.pdf;

import java.util.List;

/** One line of wrapped text, its pieces left to right. */
record Line(List<Piece> pieces, float width) {
    Line {
        pieces = List.copyOf(pieces);
    }

    String text() {
        StringBuilder b = new StringBuilder();
        pieces.forEach(p -> b.append(p.text()));
        return b.toString();
    }
}
