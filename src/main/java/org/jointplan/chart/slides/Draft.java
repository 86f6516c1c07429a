package org.jointplan.chart.slides;

import java.util.List;
import java.util.UUID;

/**
 * A slide whose content is laid out, waiting for its frame: the frame's slide number needs the whole deck.
 *
 * @param caption what the slide shows, before its page is known: "{page}" stands for ", 2 of 3" (or nothing)
 */
record Draft(Slide.Kind kind, String caption, UUID priorityId, UUID measureId, List<UUID> actionIds,
             List<UUID> priorityIds, int page, int pages, SlideFrame frame, SlideCanvas canvas, String description) {
}
