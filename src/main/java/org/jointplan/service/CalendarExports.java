package org.jointplan.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.planner.IcsExport;

/**
 * A plan's milestones, committee dates and, if chosen, action due dates as an iCalendar (.ics) file whose events keep
 * their UIDs from one export to the next, so that a calendar updates them; written whole through {@link AtomicFile}.
 */
public final class CalendarExports {
    private CalendarExports() {
    }

    public static void requireName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ics") || name.length() == 4) {
            throw new ValidationException("Choose a file name ending in .ics for the calendar.");
        }
    }

    /** How many events the calendar holds. */
    public static int events(PlanData plan, boolean includeActions) {
        return plan.milestones().size() + plan.committeeDates().size() + (includeActions ? plan.actions().size() : 0);
    }

    /** Writes the calendar, stamped at {@code now}; returns how many events it holds. */
    public static int write(PlanData plan, boolean includeActions, Instant now, Path file) {
        requireName(file);
        AtomicFile.write(file, IcsExport.bytes(plan, includeActions, now), "calendar");
        return events(plan, includeActions);
    }
}
