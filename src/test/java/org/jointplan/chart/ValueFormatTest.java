package org.jointplan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValueFormatTest {
    @Test
    void valuesAreWrittenAsAUkReaderExpectsWithTheirUnit() {
        assertEquals("36.6%", ValueFormat.withUnit(36.6, 1, "%"));
        assertEquals("40.0%", ValueFormat.withUnit(40, 1, "%"));
        assertEquals("54 weeks", ValueFormat.withUnit(54, 0, "weeks"));
        assertEquals("\u00a31,200.50", ValueFormat.withUnit(1200.5, 2, "\u00a3"));
        assertEquals("-\u00a35", ValueFormat.withUnit(-5, 0, "\u00a3"));
        assertEquals("12", ValueFormat.withUnit(12, 0, ""));
        assertEquals("0", ValueFormat.number(-0.2, 0), "no minus zero");
        assertEquals("3", ValueFormat.number(2.5, 0), "halves round up, as people do");
        assertEquals("2.5E15", ValueFormat.number(2.5e15, 0));
        assertEquals(1, ValueFormat.decimalsOf(0.5));
        assertEquals(0, ValueFormat.decimalsOf(5));
        assertEquals(2, ValueFormat.decimalsOf(0.25));
    }
}
