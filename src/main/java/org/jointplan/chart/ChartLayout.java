package org.jointplan.chart;

import java.util.List;

/**
 * A chart laid out in a box: the primitives to paint in order, its title and its description in words (for SVG,
 * PDF alt text and screen readers), and the mapping from periods and values to positions.
 *
 * @param textSize the size ordinary text was laid out at (smaller than asked when the box was small)
 */
public record ChartLayout(double width, double height, List<Drawing> drawings, String title, String description,
                          ChartAxes axes, double textSize) {
    public ChartLayout {
        drawings = List.copyOf(drawings);
    }

    /** The primitives of one role, in painting order. */
    public List<Drawing> withRole(Role role) {
        return drawings.stream().filter(d -> d.role() == role).toList();
    }

    /** The primitives of one kind and role. */
    public <T extends Drawing> List<T> of(Class<T> kind, Role role) {
        return drawings.stream().filter(d -> d.role() == role).filter(kind::isInstance).map(kind::cast).toList();
    }

    public Box box() {
        return new Box(0, 0, width, height);
    }
}
