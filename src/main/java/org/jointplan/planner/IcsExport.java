package org.jointplan.planner;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Transparency;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Stamp;

/**
 * A plan's dates as an iCalendar file (RFC 5545) that Outlook, Teams and Google Calendar import: the milestones, the
 * committee dates and, when asked, each action's due date, all as all-day events (DTSTART;VALUE=DATE, DTEND the next
 * day), free rather than busy. Each event's UID is its record's id ({@code <uuid>@jointplan}), so a newer export
 * updates the events a calendar already holds instead of adding them again; SEQUENCE and LAST-MODIFIED come from the
 * record's last change, so they grow when it changes and stay put when it does not. biweekly writes the properties
 * and escapes the text; lines are folded here, at 75 octets of UTF-8 (biweekly's folding counts characters), never
 * inside a character.
 */
public final class IcsExport {
    /** The product identifier every export carries (PRODID). */
    public static final String PRODUCT_ID = "-//JointPlan//Delivery plan calendar//EN";
    static final String UID_DOMAIN = "@jointplan";
    private static final int MAX_OCTETS = 75;
    /** SEQUENCE counts seconds from here: an integer that only grows as a record changes. */
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private IcsExport() {
    }

    /** The calendar as UTF-8 bytes, stamped (DTSTAMP) at {@code now}. */
    public static byte[] bytes(PlanData plan, boolean includeActions, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setName(plan.plan().title());
        String planTitle = plan.plan().title();
        for (Milestone m : plan.milestones()) {
            String under = m.actionId() != null ? "Action: " + plan.action(m.actionId()).map(Action::title)
                    .orElse("") : "Priority: " + plan.priority(m.priorityId()).map(Priority::name).orElse("");
            calendar.addEvent(event(m.id(), "Milestone: " + m.title() + (m.achieved() ? " (achieved)" : ""),
                    m.date(), under + "\nPlan: " + planTitle, m.stamp(), now));
        }
        for (CommitteeDate c : plan.committeeDates()) {
            calendar.addEvent(event(c.id(), c.name(), c.date(), "Reporting date of the plan " + planTitle,
                    c.stamp(), now));
        }
        if (includeActions) {
            for (Action a : plan.actions()) {
                String priority = plan.priority(a.priorityId()).map(Priority::name).orElse("");
                calendar.addEvent(event(a.id(), "Due: " + a.title(), a.due(), "Priority: " + priority + "\nOwner: "
                        + (a.owner().isEmpty() ? "not named" : a.owner()) + "\nStatus: " + a.status().label()
                        + "\nPlan: " + planTitle, a.stamp(), now));
            }
        }
        return fold(write(calendar)).getBytes(StandardCharsets.UTF_8);
    }

    /** The UID of a record's event, the same in every export. */
    public static String uid(UUID record) {
        return record + UID_DOMAIN;
    }

    private static VEvent event(UUID id, String summary, LocalDate day, String description, Stamp changed,
                                Instant now) {
        VEvent event = new VEvent();
        event.setUid(uid(id));
        event.setDateTimeStamp(Date.from(now));
        event.setSummary(summary);
        event.setDescription(description);
        event.setDateStart(new DateStart(allDay(day)));
        event.setDateEnd(new DateEnd(allDay(day.plusDays(1))));
        event.setTransparency(Transparency.transparent());
        event.setLastModified(Date.from(changed.at()));
        event.setSequence((int) Math.max(0, changed.at().getEpochSecond() - SEQUENCE_EPOCH.getEpochSecond()));
        return event;
    }

    /**
     * A date without a time. biweekly writes a date-only value by the default time zone, so it is given as the start
     * of that day there (a Date at UTC midnight became the day before west of Greenwich).
     */
    private static ICalDate allDay(LocalDate day) {
        Date start = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        return new ICalDate(start, new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()),
                false);
    }

    private static String write(ICalendar calendar) {
        StringWriter text = new StringWriter();
        try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** RFC 5545 3.1: lines of at most 75 octets, ended by CRLF, continued on lines that start with a space. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n|\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = MAX_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = utf8Length(cp);
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = MAX_OCTETS - 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /** For tests: the events' UIDs in the order written. */
    static List<String> uids(String ics) {
        List<String> uids = new ArrayList<>();
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.startsWith("UID:")) {
                uids.add(line.substring(4));
            }
        }
        return uids;
    }
}
