package org.jointplan.chart;

import java.util.ArrayList;
import java.util.List;

/** The primitives laid out so far, and the boxes their texts cover, so that a new text can avoid the others. */
final class DrawingList {
    private final List<Drawing> drawings = new ArrayList<>();
    private final List<Box> texts = new ArrayList<>();

    void add(Drawing d) {
        drawings.add(d);
        if (d instanceof Drawing.Text t) {
            texts.add(t.bounds());
        }
    }

    /** Whether a text with these bounds would overlap none laid out so far, with a gap around it. */
    boolean free(Box box, double gap) {
        Box grown = box.grown(gap);
        return texts.stream().noneMatch(grown::intersects);
    }

    List<Drawing> drawings() {
        return drawings;
    }
}
