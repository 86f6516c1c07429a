package org.jointplan.bundle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jointplan.domain.Action;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.UkDates;

/**
 * Dates a plan can really hold. Java dates run to the year 999,999,999, but the store keeps dates as SQLite dates
 * (years 0 to 9999) and a change stamp decides merges, so a package's dates must fall in the years the financial
 * years allow (1900 to 2999) and its stamps between 1970 and 2999.
 */
final class DateBounds {
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);
    static final Instant FIRST_STAMP = Instant.EPOCH;
    static final Instant LAST_STAMP = Instant.parse("3000-01-01T00:00:00Z");

    private DateBounds() {
    }

    /** The first date or stamp out of bounds, as a sentence ending the words "The plan in the package". */
    static Optional<String> problem(PlanData data) {
        List<LocalDate> dates = new ArrayList<>(List.of(data.plan().start(), data.plan().end()));
        List<Stamp> stamps = new ArrayList<>(List.of(data.plan().stamp()));
        data.partners().forEach(p -> stamps.add(p.stamp()));
        data.priorities().forEach(p -> stamps.add(p.stamp()));
        for (Action a : data.actions()) {
            dates.add(a.start());
            dates.add(a.due());
            stamps.add(a.stamp());
        }
        for (Milestone m : data.milestones()) {
            dates.add(m.baselineDate());
            dates.add(m.date());
            stamps.add(m.stamp());
        }
        data.dependencies().forEach(d -> stamps.add(d.stamp()));
        for (ProgressUpdate u : data.updates()) {
            dates.add(u.date());
            stamps.add(u.stamp());
        }
        for (Measure m : data.measures()) {
            if (m.targetDate() != null) {
                dates.add(m.targetDate());
            }
            stamps.add(m.stamp());
        }
        for (MeasureValue v : data.measureValues()) {
            dates.add(v.date());
            stamps.add(v.stamp());
        }
        data.tombstones().forEach(t -> stamps.add(t.stamp()));
        for (LocalDate d : dates) {
            if (d.isBefore(FIRST_DAY) || d.isAfter(LAST_DAY)) {
                return Optional.of("has an impossible date (" + UkDates.numeric(d) + "); plan dates fall between"
                        + " 1900 and 2999.");
            }
        }
        for (Stamp s : stamps) {
            if (s.at().isBefore(FIRST_STAMP) || !s.at().isBefore(LAST_STAMP)) {
                return Optional.of("has a change dated " + s.at() + ", which cannot be right.");
            }
        }
        return Optional.empty();
    }
}
