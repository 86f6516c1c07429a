package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
    @Test
    void textFromTheServerThatBreaksTheOneLineRuleIsMadeToObeyIt() {
        AuditEntry entry = new AuditEntry(3, Instant.EPOCH, "Anna\u202eShaw", "City\nCouncil", " 1 action changed ");

        assertEquals("Anna Shaw", entry.person());
        assertEquals("City Council", entry.organisation());
        assertEquals("1 action changed", entry.summary());
    }

    @Test
    void aPushMakesARevisionOfOneOrMore() {
        assertThrows(ValidationException.class, () -> new AuditEntry(0, Instant.EPOCH, "Anna", "City", "x"));
    }
}
