package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Stamp;
import org.jointplan.sheet.SheetAnswers;
import org.jointplan.sheet.SheetPreview;
import org.jointplan.sheet.write.TrackerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exporting a plan as a tracker and importing that tracker gives back the same plan, field for field: priorities,
 * and each action's title, description, lead partner, owner, dates, status, percent, reason, corrective action and
 * decision needed; with no question asked.
 */
class SheetRoundTripTest {
    private static final Stamp STAMP = new Stamp(Instant.parse("2025-05-01T09:00:00Z"), "Test Council", "Tester");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tracker.xlsx", "tracker.csv", "by priority.xlsx"})
    void theSamplePlanComesBackFieldForField(String name) {
        // after the last snapshot: the live plan, every field as stored
        assertComesBack(SamplePlan.load(), LocalDate.of(2025, 4, 30), dir.resolve(name));
    }

    @Test
    void textsThatLookLikeFormulasLineBreaksAndPoundSignsComeBackAsWrittenFromAWorkbook() {
        assertComesBack(TrackerFixture.plan(), LocalDate.of(2024, 9, 30), dir.resolve("tracker.xlsx"));
    }

    /**
     * The CSV writer puts an apostrophe before a cell Excel would run as a formula (OWASP); the reader must take
     * exactly that one off again ({@code CellText.unguarded}).
     */
    @Test
    void textsThatLookLikeFormulasComeBackAsWrittenFromACsvFile() {
        assertComesBack(TrackerFixture.plan(), LocalDate.of(2024, 9, 30), dir.resolve("tracker.csv"));
    }

    private static void assertComesBack(PlanData plan, LocalDate asAt, Path file) {
        SheetExports.write(ReportPosition.of(plan, asAt), file.getFileName().toString().startsWith("by"), file);
        SheetPreview preview = SheetImports.preview(file, null, SheetAnswers.NONE, List.of(), STAMP);
        assertEquals(List.of(), preview.questions(), "nothing to ask");
        PlanData back = preview.plan().orElseThrow().plan();
        assertEquals(names(plan), names(back), "the priorities, in order");
        assertEquals(lines(plan), lines(back));
    }

    private static List<String> names(PlanData plan) {
        return plan.priorities().stream().sorted(Comparator.comparingInt(Priority::order)).map(Priority::name)
                .toList();
    }

    /** Each action's fields the tracker carries, one line a field, in the plan's order. */
    private static List<String> lines(PlanData plan) {
        List<String> lines = new ArrayList<>();
        plan.priorities().stream().sorted(Comparator.comparingInt(Priority::order)).forEach(p -> {
            for (Action a : plan.actionsOf(p.id())) {
                String lead = a.leadPartnerId() == null ? "" : plan.partner(a.leadPartnerId()).orElseThrow().name();
                String at = p.name() + " / " + a.title() + ": ";
                lines.add(at + "description " + a.description());
                lines.add(at + "lead " + lead);
                lines.add(at + "owner " + a.owner());
                lines.add(at + "start " + a.start() + " due " + a.due());
                lines.add(at + "status " + a.status() + " " + a.percentComplete() + "%");
                lines.add(at + "reason " + a.statusReason());
                lines.add(at + "corrective " + a.correctiveAction());
                lines.add(at + "decision " + a.decisionNeeded());
            }
        });
        assertTrue(lines.size() > 0);
        return lines;
    }
}
