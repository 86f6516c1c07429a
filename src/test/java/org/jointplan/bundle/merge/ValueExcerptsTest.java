package org.jointplan.bundle.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueExcerptsTest {
    private static final String LONG = "Head of Service for Special Educational Needs and Disabilities, Integrated"
            + " Commissioning Hub, ";

    @Test
    void excerptsKeepTheContextAroundTheFirstDifference() {
        String a = "a".repeat(100) + "XYZ" + "b".repeat(100);
        String b = "a".repeat(100) + "QRS" + "b".repeat(100);
        List<String> shown = ValueExcerpts.of(a, b);
        assertEquals("…" + "a".repeat(12) + "XYZ" + "b".repeat(12) + "…", shown.get(0));
        assertEquals("…" + "a".repeat(12) + "QRS" + "b".repeat(12) + "…", shown.get(1));
        assertEquals(List.of("short", "shorter"), ValueExcerpts.of("short", "shorter"));
        String added = ValueExcerpts.of(LONG, LONG + "and a tail").get(1);
        assertTrue(added.startsWith("…") && added.endsWith("and a tail"), added);
        String different = ValueExcerpts.of("x".repeat(200), "y".repeat(200)).get(0);
        assertEquals("x".repeat(60) + "…", different);
    }
}
