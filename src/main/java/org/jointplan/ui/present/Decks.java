package org.jointplan.ui.present;

import java.util.List;
import java.util.Objects;
import org.jointplan.chart.slides.Slide;

/** Finding the slide shown again once the deck is laid out afresh for another size. */
final class Decks {
    private Decks() {
    }

    /**
     * The index in the new deck of the slide showing what {@code before} showed: the same priority's page holding
     * its first action, the same measure, the same part of the exceptions; else the old index.
     */
    static int sameSlide(Slide before, List<Slide> slides, int oldIndex) {
        if (before == null) {
            return oldIndex;
        }
        for (int i = 0; i < slides.size(); i++) {
            Slide s = slides.get(i);
            if (s.kind() != before.kind() || !Objects.equals(s.priorityId(), before.priorityId())
                    || !Objects.equals(s.measureId(), before.measureId())) {
                continue;
            }
            if (!before.actionIds().isEmpty()) {
                if (s.actionIds().contains(before.actionIds().get(0))) {
                    return i;
                }
            } else if (s.page() == Math.min(before.page(), s.pages())) {
                return i;
            }
        }
        return oldIndex;
    }
}
