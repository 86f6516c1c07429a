package org.jointplan.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jointplan.domain.Action;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;

/** Files written by MS Project and GanttProject, read with the dates those applications show. */
class PlannerFilesTest {

    static Path resource(String name) {
        try {
            return Path.of(PlannerFilesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static IncomingPlan read(String name) {
        return PlannerFiles.read(resource(name), MspdiRoundTripTest.STAMP);
    }

    static Action action(PlanData plan, String title) {
        return plan.actions().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow(() ->
                new AssertionError("no action " + title + " in " + plan.actions().stream().map(Action::title)
                        .toList()));
    }

    static Milestone milestone(PlanData plan, String title) {
        return plan.milestones().stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow();
    }

    static String priorityOf(PlanData plan, Action a) {
        return plan.priority(a.priorityId()).map(Priority::name).orElseThrow();
    }

    static List<String> linkNames(PlanData plan) {
        return plan.dependencies().stream().map(d -> plan.action(d.beforeActionId()).orElseThrow().title() + " -> "
                + plan.action(d.afterActionId()).orElseThrow().title()).sorted().toList();
    }

    @Test
    void msProjectXmlGivesPrioritiesActionsMilestonesAndLinksWithTheDatesProjectShows() {
        IncomingPlan incoming = read("sleep-pathway.xml");
        PlanData plan = incoming.plan();
        assertEquals("Integrated sleep support pathway", plan.plan().title());
        assertEquals(List.of("Phase 1", "Integrated sleep support pathway"),
                plan.priorities().stream().map(Priority::name).toList());

        Action spec = action(plan, "Write the service specification");
        assertEquals(LocalDate.of(2024, 4, 1), spec.start());
        assertEquals(LocalDate.of(2024, 4, 30), spec.due(), "a finish at 17:00 is that day");
        assertEquals(Status.COMPLETE, spec.status());
        assertEquals("Dr A Khan", spec.owner());
        assertEquals("Part of: Procurement\n\nAgreed with the ICB and both councils.\nSecond line.",
                spec.description());
        assertEquals("1.1.1", incoming.references().get(spec.id()));

        Action award = action(plan, "Award the contract");
        assertEquals(LocalDate.of(2024, 5, 31), award.due(), "a finish at 00:00 on 1 June is 31 May");
        assertEquals(40, award.percentComplete());
        assertEquals(Status.ON_TRACK, award.status());

        Action procurement = action(plan, "Procurement");
        assertEquals("Phase 1", priorityOf(plan, procurement));
        assertEquals(LocalDate.of(2024, 6, 3), procurement.due());
        assertEquals("Dr A Khan, Sleep team", action(plan, "Train practitioners").owner());
        assertEquals(Status.NOT_STARTED, action(plan, "Train practitioners").status());
        assertEquals("Integrated sleep support pathway", priorityOf(plan, action(plan, "Go live")));

        Milestone signed = milestone(plan, "Contract signed");
        assertEquals(LocalDate.of(2024, 6, 3), signed.date());
        assertEquals(procurement.id(), signed.actionId(), "under the action it sits under");
        Milestone review = milestone(plan, "Phase 1 review");
        assertEquals(plan.priorities().get(0).id(), review.priorityId(), "under the priority when its parent is one");
        assertTrue(review.achieved());

        assertEquals(List.of("Write the service specification -> Award the contract"), linkNames(plan));
        List<String> notes = incoming.notes().stream().map(ImportNote::toString).toList();
        assertTrue(notes.contains("Task 8 'Undated task': This task has no dates, so it was left out."), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("Task 7 'Train practitioners': The start-to-start link"
                + " from task 3 'Write the service specification' with a lag of 2")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("Task 5 'Contract signed': The links to this milestone")),
                notes::toString);
        assertTrue(incoming.carried().contains(ImportedField.OWNER));
        assertTrue(incoming.carried().contains(ImportedField.DESCRIPTION));
        assertFalse(incoming.carried().contains(ImportedField.STATUS), "an update keeps amber and red ratings");
        assertTrue(incoming.carried().contains(ImportedField.PERCENT_COMPLETE));
    }

    @Test
    void ganttProjectFinishesCountWorkingDaysWithItsWeekendsAndHolidays() {
        IncomingPlan incoming = read("ot-pathway.gan");
        PlanData plan = incoming.plan();
        assertEquals("Integrated OT pathway", plan.plan().title());
        assertEquals(List.of("Service review", "Integrated OT pathway"),
                plan.priorities().stream().map(Priority::name).toList());
        // 10 working days from Monday 16 December, with 25 and 26 December holidays every year: Tuesday 31st
        Action roles = action(plan, "Map OT roles");
        assertEquals(LocalDate.of(2024, 12, 16), roles.start());
        assertEquals(LocalDate.of(2024, 12, 31), roles.due());
        assertEquals("OT lead", roles.owner(), "the responsible resource");
        assertEquals("Roles across ICDS and the trusts.", roles.description());
        assertEquals(Status.COMPLETE, roles.status());
        assertEquals(LocalDate.of(2025, 1, 8), action(plan, "Infographic for families").due());
        // Good Friday 2025 is a holiday of that year only
        assertEquals(LocalDate.of(2025, 4, 21), action(plan, "Draft the model").due());
        assertEquals(LocalDate.of(2025, 4, 24), action(plan, "Consult families").due());
        Action redesign = action(plan, "Redesign");
        assertEquals(LocalDate.of(2025, 4, 14), redesign.start());
        assertEquals(LocalDate.of(2025, 4, 24), redesign.due(), "a summary spans its children");
        assertEquals("Part of: Redesign", action(plan, "Consult families").description());
        assertEquals("Comms officer", action(plan, "Publish the offer").owner());

        Milestone meeting = milestone(plan, "Review signed off");
        assertEquals(LocalDate.of(2025, 1, 10), meeting.date());
        assertEquals(plan.priorities().get(0).id(), meeting.priorityId());

        assertEquals(List.of("Draft the model -> Consult families", "Map OT roles -> Infographic for families"),
                linkNames(plan), "links of nested tasks are kept");
        assertTrue(incoming.notes().stream().anyMatch(n -> n.kind() == ImportNote.Kind.NOT_CARRIED_OVER
                && n.message().startsWith("The start-to-start link from task 5 'Draft the model' with a lag of 2"
                + " days")), () -> incoming.notes().toString());
    }

    @Test
    void linksOfEveryKindFromMsProjectFilesOfEachFormat() {
        // the day each file's first task starts and finishes (8:00 to 17:00), as Project shows it
        java.util.Map<String, LocalDate> firstDay = java.util.Map.of("task-links-project2019-mspdi.xml",
                LocalDate.of(2018, 10, 18), "task-links-project2019-mpp14.mpp", LocalDate.of(2018, 10, 18),
                "task-links-project98.mpx", LocalDate.of(2014, 10, 17));
        for (String name : firstDay.keySet()) {
            IncomingPlan incoming = read(name);
            assertEquals(1, incoming.plan().dependencies().size(), name);
            List<String> notCarried = incoming.notes().stream().filter(n -> n.kind()
                    == ImportNote.Kind.NOT_CARRIED_OVER).map(ImportNote::message).toList();
            assertEquals(7, notCarried.size(), name + ": " + notCarried);
            assertTrue(notCarried.stream().anyMatch(m -> m.startsWith("The finish-to-start link from task 7 'Task 1'"
                    + " with a lag of 1 week")), name + ": " + notCarried);
            assertTrue(notCarried.stream().anyMatch(m -> m.startsWith("The start-to-finish link")), name);
            assertTrue(notCarried.stream().anyMatch(m -> m.startsWith("The finish-to-finish link")), name);
            assertEquals(firstDay.get(name), incoming.plan().actions().get(0).start(), name);
            assertEquals(firstDay.get(name), incoming.plan().actions().get(0).due(), name);
        }
    }

    @Test
    void aGermanMpxFileIsReadInItsLanguage() {
        IncomingPlan incoming = read("sample.de.mpx");
        PlanData plan = incoming.plan();
        Action second = action(plan, "Second Task");
        assertEquals("First Task", priorityOf(plan, second));
        assertEquals(LocalDate.of(2003, 1, 7), second.start());
        assertEquals(LocalDate.of(2003, 3, 18), second.due());
        assertEquals(LocalDate.of(2003, 1, 7), milestone(plan, "Third task").date());
        assertTrue(linkNames(plan).contains("Related Task 1a -> Related Task 1b"), linkNames(plan)::toString);
        String notes = incoming.notes().stream().map(ImportNote::message).collect(Collectors.joining("\n"));
        assertTrue(notes.contains("start-to-start"), notes);
    }
}
