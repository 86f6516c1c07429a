package org.jointplan.ui.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Change;
import org.jointplan.service.Measures;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;

class FigureEditsTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 7);
    private final PlanData plan = SamplePlan.load();
    private final Measure nst = plan.measures().stream().filter(m -> m.name().startsWith("Average wait"))
            .findFirst().orElseThrow();

    private MeasurePeriod period(String code) {
        return MeasurePeriod.parse(nst.frequency(), code);
    }

    @Test
    void numbersAreReadAsTypedOrCopiedAndAnythingElseIsRefusedInWords() {
        assertEquals(36.6, FigureEdits.number("36.6"));
        assertEquals(36.6, FigureEdits.number(" 36.6% "));
        assertEquals(1234.5, FigureEdits.number("1,234.5"));
        assertNull(FigureEdits.number("  "));
        for (String wrong : new String[] {"abc", "NaN", "Infinity", "1e999", "12..3"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> FigureEdits.number(wrong), wrong);
            assertEquals("Write the figure as a number, like 36.6.", e.getMessage());
        }
    }

    @Test
    void clearingTheActualKeepsTheTrajectoryAndClearingBothRemovesThePeriod() {
        MeasureValue july = Measures.valuesOf(plan, nst.id()).stream()
                .filter(v -> v.date().equals(LocalDate.of(2024, 7, 1))).findFirst().orElseThrow();
        Change cleared = FigureEdits.cell(plan, nst.id(), period("2024-07"), null, 59.0, "", TODAY);
        MeasureValue saved = (MeasureValue) cleared.saves().get(0);
        assertNull(saved.actual());
        assertEquals(59.0, saved.trajectory());
        assertEquals(july.id(), saved.id(), "the same period's record, never a second one");
        Change removed = FigureEdits.cell(plan, nst.id(), period("2024-07"), null, null, "", TODAY);
        assertEquals(List.of(july), removed.removals());
    }

    @Test
    void aNewFigureIsRecordedThroughTheServiceRules() {
        Change added = FigureEdits.cell(plan, nst.id(), period("2024-08"), 53.0, null, "provisional", TODAY);
        MeasureValue saved = (MeasureValue) added.saves().get(0);
        assertEquals(53.0, saved.actual());
        assertEquals("provisional", saved.note());
        ValidationException future = assertThrows(ValidationException.class,
                () -> FigureEdits.cell(plan, nst.id(), period("2025-01"), 50.0, null, "", TODAY));
        assertEquals("An actual figure for Jan 2025 cannot be recorded before the period begins.", future.getMessage());
        assertThrows(ValidationException.class,
                () -> FigureEdits.cell(plan, nst.id(), period("2024-08"), null, null, "", TODAY));
    }

    @Test
    void onlyPeriodsWhoseFigureWouldChangeAreReplaced() {
        List<Measures.Entry> entries = List.of(Measures.Entry.actual(period("2024-07"), 54.0, null),
                Measures.Entry.actual(period("2023-12"), 70.0, null),
                Measures.Entry.actual(period("2024-08"), 53.0, null));
        assertEquals(List.of(period("2023-12")), FigureEdits.replaced(plan, nst.id(), entries));
    }
}
