package org.jointplan.ui.sync;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jointplan.service.SyncStatus;

/** What the status bar says about the open plan and its server: "Synced 14:32 · revision 7", and so on. */
public final class SyncStatusText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private SyncStatusText() {
    }

    /** @param today the day as the window sees it: a sync on another day shows its date too */
    public static String of(Optional<SyncStatus> status, ZoneId zone, LocalDate today) {
        if (status.isEmpty()) {
            return "Not synced";
        }
        SyncStatus s = status.get();
        ZonedDateTime at = s.syncedAt().atZone(zone);
        String when = (at.toLocalDate().equals(today) ? TIME : DAY_AND_TIME).format(at);
        String synced = "Synced " + when + " · revision " + s.revision();
        return s.localChangesWaiting() ? "Local changes waiting · " + synced.substring(0, 1).toLowerCase()
                + synced.substring(1) : synced;
    }
}
