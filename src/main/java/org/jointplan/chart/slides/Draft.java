package org.jointplan.chart.slides;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A slide placed in the deck, whose words and shapes are drawn only when it is shown or written: a 10,000-action
 * plan's deck is thousands of slides, and a meeting looks at a few of them.
 *
 * @param content draws the slide's content (without its frame, whose slide number needs the whole deck)
 */
record Draft(Slide.Kind kind, String caption, UUID priorityId, UUID measureId, List<UUID> actionIds,
             List<UUID> priorityIds, int page, int pages, SlideFrame frame, Supplier<Content> content) {
    /** A slide's content drawn, and the slide in words. */
    record Content(SlideCanvas canvas, String description) {
    }
}
