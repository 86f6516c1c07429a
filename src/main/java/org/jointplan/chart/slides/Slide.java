package org.jointplan.chart.slides;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jointplan.chart.Box;
import org.jointplan.chart.ChartLayout;

/**
 * One slide laid out: what it shows, its caption ("Priority 1 of 5: SLCN, 2 of 2"), the layout every surface paints
 * (screen, PNG), drawn when first asked for, and where a shortened text can be read in full (a tooltip on screen).
 *
 * @param priorityId the priority a priority's or a measure's slide is about; null otherwise
 * @param measureId  the measure of a measure's slide; null otherwise
 * @param actionIds  the actions whose rows the slide holds (a priority's slide)
 * @param page       which of its priority's (or the exceptions') slides this is, from 1, and of how many
 */
public record Slide(Kind kind, String caption, UUID priorityId, UUID measureId, List<UUID> actionIds,
                    List<UUID> priorityIds, int page, int pages, Supplier<Drawn> drawing) {
    /** What a slide shows. */
    public enum Kind { WHOLE_PLAN, PRIORITY, EXCEPTIONS, MEASURE }

    /** A shortened text's place on the slide, and the text in full. */
    public record Tip(Box box, String text) {
    }

    /** A slide drawn: its layout and where a shortened text can be read in full. */
    public record Drawn(ChartLayout layout, List<Tip> tips) {
        public Drawn {
            tips = List.copyOf(tips);
        }
    }

    public Slide {
        actionIds = List.copyOf(actionIds);
        priorityIds = List.copyOf(priorityIds);
    }

    /** The slide's layout, drawn the first time it is asked for and kept. */
    public ChartLayout layout() {
        return drawing.get().layout();
    }

    public List<Tip> tips() {
        return drawing.get().tips();
    }

    /** The full text of a shortened line at this point of the slide, if any. */
    public java.util.Optional<String> tipAt(double x, double y) {
        return tips().stream().filter(t -> t.box().intersects(new Box(x, y, 0.01, 0.01))).map(Tip::text).findFirst();
    }
}
