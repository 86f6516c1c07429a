package org.jointplan.chart;

import java.util.List;

/** Small helpers for the primitives. */
final class Drawings {
    private Drawings() {
    }

    static Box boundsOf(List<Double> xy, double pad) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xy.size(); i += 2) {
            minX = Math.min(minX, xy.get(i));
            maxX = Math.max(maxX, xy.get(i));
            minY = Math.min(minY, xy.get(i + 1));
            maxY = Math.max(maxY, xy.get(i + 1));
        }
        return new Box(minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad);
    }
}
