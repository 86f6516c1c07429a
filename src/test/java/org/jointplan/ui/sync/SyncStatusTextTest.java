package org.jointplan.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jointplan.service.SyncStatus;
import org.junit.jupiter.api.Test;

class SyncStatusTextTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant AT = Instant.parse("2026-11-30T14:32:00Z");

    @Test
    void saysWhenThePlanLastSyncedAndWhetherLocalChangesWait() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertEquals("Not synced", SyncStatusText.of(Optional.empty(), LONDON, today));
        assertEquals("Synced 14:32 · revision 7", SyncStatusText.of(Optional.of(
                new SyncStatus("jdbc:postgresql://h/jp", "anna", 7, AT, false)), LONDON, today));
        assertEquals("Local changes waiting · synced 14:32 · revision 7", SyncStatusText.of(Optional.of(
                new SyncStatus("jdbc:postgresql://h/jp", "anna", 7, AT, true)), LONDON, today));
        assertEquals("Synced 30/11/2026 14:32 · revision 7", SyncStatusText.of(Optional.of(
                new SyncStatus("jdbc:postgresql://h/jp", "anna", 7, AT, false)), LONDON, today.plusDays(1)));
    }
}
