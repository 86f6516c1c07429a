package org.jointplan.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import org.junit.jupiter.api.Test;

/** The parser's limits are set explicitly, not left to Jackson's defaults, which change between versions. */
class PlanJsonLimitsTest {

    @Test
    void everyReadLimitIsSetExplicitly() {
        StreamReadConstraints limits = PlanJson.mapper().getFactory().streamReadConstraints();
        assertEquals(32, limits.getMaxNestingDepth());
        assertEquals(1_000_000, limits.getMaxStringLength());
        assertEquals(40, limits.getMaxNumberLength());
        assertEquals(200, limits.getMaxNameLength());
        assertEquals(64L * 1024 * 1024, limits.getMaxDocumentLength());
        assertTrue(PlanJson.mapper().getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    }

    @Test
    void aPlanJsonNoLargerThanTheEntryLimitFitsTheDocumentLimit() {
        assertEquals(PackageLimits.DEFAULT.maxEntryBytes(), PlanJson.MAX_DOCUMENT_LENGTH);
    }
}
