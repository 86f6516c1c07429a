package org.jointplan.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;

/** The calendar file against RFC 5545's rules, and its UIDs stable across exports. */
class IcsExportTest {
    private static final Instant NOW = Instant.parse("2025-02-03T12:00:00Z");

    private static String ics(PlanData plan, boolean actions, Instant now) {
        return new String(IcsExport.bytes(plan, actions, now), StandardCharsets.UTF_8);
    }

    @Test
    void everyLineEndsInCrlfAndHoldsAtMost75Octets() {
        String ics = ics(withLongTitles(SamplePlan.load()), true, NOW);
        assertTrue(ics.endsWith("\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "a bare line feed");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "a bare carriage return");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.isEmpty());
        }
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String ics = ics(withLongTitles(SamplePlan.load()), false, NOW);
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Milestone: Cyfarfod \u2014 \u2018" + "\u00E9\u00E8\u00EA\u20AC\uD83D\uDCC5"
                .repeat(12)), "multi-byte text survives folding whole");
        assertFalse(ics.contains("\uFFFD"));
    }

    @Test
    void theCalendarHasItsRequiredPropertiesAndEachEventItsOwn() {
        String ics = ics(SamplePlan.load(), true, NOW).replace("\r\n ", "");
        List<String> lines = List.of(ics.split("\r\n"));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.contains("PRODID:" + IcsExport.PRODUCT_ID));
        List<List<String>> events = events(lines);
        PlanData plan = SamplePlan.load();
        assertEquals(plan.milestones().size() + plan.committeeDates().size() + plan.actions().size(), events.size());
        for (List<String> e : events) {
            assertEquals(1, e.stream().filter(l -> l.startsWith("UID:")).count());
            assertTrue(e.contains("DTSTAMP:20250203T120000Z"), e::toString);
            String start = e.stream().filter(l -> l.startsWith("DTSTART;VALUE=DATE:")).findFirst().orElseThrow();
            String end = e.stream().filter(l -> l.startsWith("DTEND;VALUE=DATE:")).findFirst().orElseThrow();
            LocalDate day = LocalDate.parse(start.substring(start.indexOf(':') + 1),
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            assertEquals(day.plusDays(1), LocalDate.parse(end.substring(end.indexOf(':') + 1),
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            assertTrue(e.stream().anyMatch(l -> l.startsWith("SEQUENCE:")));
            assertTrue(e.stream().anyMatch(l -> l.startsWith("LAST-MODIFIED:")));
        }
    }

    @Test
    void anAllDayDateIsTheSameDayInEveryTimeZone() {
        PlanData plan = SamplePlan.load();
        Milestone m = plan.milestones().get(0);
        TimeZone before = TimeZone.getDefault();
        List<String> starts = new ArrayList<>();
        try {
            for (String zone : List.of("Pacific/Kiritimati", "Europe/London", "Pacific/Pago_Pago")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                String ics = ics(plan, false, NOW).replace("\r\n ", "");
                String event = ics.substring(ics.indexOf("UID:" + IcsExport.uid(m.id())));
                starts.add(event.substring(event.indexOf("DTSTART"), event.indexOf("\r\n", event.indexOf("DTSTART"))));
            }
        } finally {
            TimeZone.setDefault(before);
        }
        String expected = "DTSTART;VALUE=DATE:" + m.date().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        assertEquals(List.of(expected, expected, expected), starts);
    }

    @Test
    void textIsEscaped() {
        PlanData plan = SamplePlan.load();
        Milestone m = plan.milestones().get(0);
        Milestone odd = new Milestone(m.id(), m.planId(), m.actionId(), m.priorityId(), "Sign-off; budget, phase\\2",
                m.baselineDate(), m.date(), "", false, m.stamp());
        List<Milestone> ms = new ArrayList<>(plan.milestones());
        ms.set(0, odd);
        String ics = ics(replace(plan, ms), false, NOW).replace("\r\n ", "");
        assertTrue(ics.contains("SUMMARY:Milestone: Sign-off\\; budget\\, phase\\\\2\r\n"), ics);
        assertTrue(ics.contains("\\nPlan: "), "line breaks in a description are written as \\n");
    }

    @Test
    void uidsAreTheRecordsIdsAndStayTheSameAcrossExports() {
        PlanData plan = SamplePlan.load();
        List<String> first = IcsExport.uids(ics(plan, true, NOW));
        List<String> later = IcsExport.uids(ics(plan, true, NOW.plusSeconds(86_400)));
        assertEquals(first, later);
        assertTrue(first.contains(plan.milestones().get(0).id() + "@jointplan"));
        assertTrue(first.contains(plan.actions().get(0).id() + "@jointplan"));
        assertEquals(first.size(), first.stream().distinct().count());
    }

    @Test
    void aChangedRecordHasAHigherSequenceAndAnUnchangedOneTheSame() {
        PlanData plan = SamplePlan.load();
        Milestone m = plan.milestones().get(0);
        Stamp later = new Stamp(m.stamp().at().plusSeconds(3600), "City Council", "Officer");
        List<Milestone> ms = new ArrayList<>(plan.milestones());
        ms.set(0, m.withStamp(later));
        String before = ics(plan, false, NOW).replace("\r\n ", "");
        String after = ics(replace(plan, ms), false, NOW).replace("\r\n ", "");
        assertTrue(sequence(after, m.id()) > sequence(before, m.id()));
        UUID other = plan.milestones().get(1).id();
        assertEquals(sequence(before, other), sequence(after, other));
    }

    @Test
    void actionDueDatesOnlyWhenAsked() {
        PlanData plan = SamplePlan.load();
        Action a = plan.actions().get(0);
        assertFalse(ics(plan, false, NOW).contains(IcsExport.uid(a.id())));
        assertTrue(ics(plan, true, NOW).contains(IcsExport.uid(a.id())));
        CommitteeDate c = plan.committeeDates().get(0);
        assertTrue(ics(plan, false, NOW).contains(IcsExport.uid(c.id())));
    }

    private static long sequence(String ics, UUID id) {
        String event = ics.substring(ics.indexOf("UID:" + IcsExport.uid(id)));
        event = event.substring(0, event.indexOf("END:VEVENT"));
        String s = event.substring(event.indexOf("SEQUENCE:") + 9);
        return Long.parseLong(s.substring(0, s.indexOf("\r\n")));
    }

    private static List<List<String>> events(List<String> lines) {
        List<List<String>> events = new ArrayList<>();
        List<String> current = null;
        for (String l : lines) {
            if (l.equals("BEGIN:VEVENT")) {
                current = new ArrayList<>();
            } else if (l.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                current.add(l);
            }
        }
        return events;
    }

    private static PlanData withLongTitles(PlanData plan) {
        List<Milestone> ms = new ArrayList<>(plan.milestones());
        Milestone m = ms.get(0);
        ms.set(0, new Milestone(m.id(), m.planId(), m.actionId(), m.priorityId(), "Cyfarfod \u2014 \u2018"
                + "\u00E9\u00E8\u00EA\u20AC\uD83D\uDCC5".repeat(12), m.baselineDate(), m.date(), "", false,
                m.stamp()));
        return replace(plan, ms);
    }

    private static PlanData replace(PlanData p, List<Milestone> milestones) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions(), milestones, p.dependencies(),
                p.updates(), p.measures(), p.measureValues(), p.committeeDates(), p.snapshots(), p.dateMoves(),
                p.tombstones());
    }
}
