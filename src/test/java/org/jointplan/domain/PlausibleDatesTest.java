package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One date rule for every way in: typed dates, records and stamps share the same plausible years. */
class PlausibleDatesTest {
    private static final Stamp STAMP = new Stamp(Instant.parse("2025-01-01T00:00:00Z"), "Org", "Person");

    @Test
    void aTypedDateOutsideThePlausibleYearsIsRefusedInPlainWords() {
        assertEquals("The date 31/12/9999 is not one a plan can hold; plan dates fall between 1900 and 2999.",
                assertThrows(ValidationException.class, () -> UkDates.parse("31/12/9999")).getMessage());
        assertThrows(ValidationException.class, () -> UkDates.parse("01/01/0000"));
        assertThrows(ValidationException.class, () -> UkDates.parse("31/12/1899"));
        assertEquals(LocalDate.of(2999, 12, 31), UkDates.parse("31/12/2999"));
        assertEquals(LocalDate.of(1900, 1, 1), UkDates.parse("01/01/1900"));
    }

    @Test
    void recordsRefuseImplausibleDatesAndStamps() {
        LocalDate far = LocalDate.of(9999, 1, 1);
        LocalDate ok = LocalDate.of(2025, 1, 1);
        assertThrows(ValidationException.class, () -> new DateRange(ok, far));
        assertThrows(ValidationException.class, () -> new ProgressUpdate(UUID.randomUUID(), UUID.randomUUID(),
                LocalDate.of(1, 1, 1), "Text", Status.ON_TRACK, "", STAMP));
        assertThrows(ValidationException.class, () -> new Milestone(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), null, "M", ok, far, "", false, STAMP));
        assertThrows(ValidationException.class, () -> new MeasureValue(UUID.randomUUID(), UUID.randomUUID(), far,
                1.0, null, "", STAMP));
        assertEquals("A change dated +1000000000-01-01T00:00:00Z cannot be right; changes fall between 1970 and"
                + " 2999.", assertThrows(ValidationException.class, () -> new Stamp(
                        Instant.parse("+1000000000-01-01T00:00:00Z"), "", "")).getMessage());
    }
}
