package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.domain.spc.Improvement;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PlanAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measures added, edited and given figures on the sample plan through a session: all or nothing, undoable. */
class MeasuresTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 7);

    @TempDir
    Path dir;
    private Store store;
    private PlanSession session;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("plan.sqlite"));
        PlanData sample = SamplePlan.load();
        store.write("the plan", w -> w.savePlan(sample));
        session = new PlanSession(store, new LocalUser("Nottingham City Council", "Officer"), sample);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PlanData stored() {
        return store.load(session.plan().id()).orElseThrow();
    }

    private Measure ehc() {
        return session.plan().measures().stream().filter(m -> m.name().contains("20 weeks")).findFirst().orElseThrow();
    }

    private static MeasurePeriod month(String code) {
        return MeasurePeriod.parse(Frequency.MONTHLY, code);
    }

    @Test
    void aNewMeasureOfAPriorityIsSavedAndUndone() {
        var priority = session.plan().priorities().get(0).id();
        Measure m = Measures.newMeasure(session.plan(), priority, "Families using the advice line", "calls",
                Improvement.INCREASE, Frequency.QUARTERLY, 400.0);
        session.apply(Measures.add(session.plan(), m));
        Measure saved = Measures.measure(stored(), m.id());
        assertEquals(priority, saved.priorityId());
        assertEquals(List.of(new Measure.Target(400.0, null)), saved.targets());
        assertEquals("Nottingham City Council", saved.stamp().organisation());
        session.undo();
        assertTrue(stored().measures().stream().noneMatch(x -> x.id().equals(m.id())));
        assertThrows(ValidationException.class, () -> Measures.add(session.plan(), Measures.newMeasure(
                session.plan(), null, ehc().name().toUpperCase(), "%", Improvement.INCREASE, Frequency.MONTHLY, null)));
    }

    @Test
    void figuresForSeveralPeriodsAreRecordedTogetherAndAPeriodWithOneIsReplacedNotDoubled() {
        Measure ehc = ehc();
        int before = Measures.valuesOf(session.plan(), ehc.id()).size();
        session.apply(Measures.record(session.plan(), ehc.id(), List.of(
                Measures.Entry.actual(month("2024-07"), 37.0, "Corrected"),
                Measures.Entry.actual(month("2024-08"), 38.2, "")), TODAY, Measures.OnExisting.REPLACE));
        List<MeasureValue> values = Measures.valuesOf(stored(), ehc.id());
        assertEquals(before + 1, values.size());
        MeasureValue july = values.stream().filter(v -> v.date().equals(LocalDate.of(2024, 7, 1))).findFirst()
                .orElseThrow();
        assertEquals(37.0, july.actual());
        assertEquals("Corrected", july.note());
    }

    @Test
    void oneBadFigureRecordsNoneOfThem() {
        Measure ehc = ehc();
        PlanData before = stored();
        assertEquals("An actual figure for Nov 2024 cannot be recorded before the period begins.",
                assertThrows(ValidationException.class, () -> Measures.record(session.plan(), ehc.id(), List.of(
                        Measures.Entry.actual(month("2024-09"), 40.0, ""),
                        Measures.Entry.actual(month("2024-11"), 41.0, "")), TODAY, Measures.OnExisting.REPLACE))
                        .getMessage());
        assertThrows(ValidationException.class, () -> Measures.record(session.plan(), ehc.id(), List.of(
                Measures.Entry.actual(month("2024-09"), 40.0, ""),
                Measures.Entry.actual(month("2024-09"), 41.0, "")), TODAY, Measures.OnExisting.REPLACE));
        assertEquals("Jul 2024 already has a figure (36.6%); replace it or leave it.",
                assertThrows(ValidationException.class, () -> Measures.record(session.plan(), ehc.id(), List.of(
                        Measures.Entry.actual(month("2024-07"), 40.0, "")), TODAY, Measures.OnExisting.REFUSE))
                        .getMessage());
        assertThrows(ValidationException.class, () -> Measures.record(session.plan(), ehc.id(), List.of(
                Measures.Entry.actual(MeasurePeriod.parse(Frequency.QUARTERLY, "2024-Q1"), 40.0, "")), TODAY,
                Measures.OnExisting.REPLACE));
        PlanAssertions.assertSamePlan(before, stored());
    }

    @Test
    void aTrajectoryMayBeSetForAPeriodNotYetBegunAndHistoryBeforeThePlanIsNormal() {
        Measure ehc = ehc();
        session.apply(Measures.record(session.plan(), ehc.id(), List.of(
                new Measures.Entry(month("2025-03"), null, 45.0, null),
                Measures.Entry.actual(month("2022-12"), 7.5, "")), TODAY, Measures.OnExisting.REFUSE));
        assertEquals(2, Measures.valuesOf(stored(), ehc.id()).stream()
                .filter(v -> v.date().getYear() == 2025 || v.date().getYear() == 2022).count());
    }

    @Test
    void theFrequencyIsLockedOnceThereAreFiguresAndRebasingTogglesAPeriod() {
        Measure ehc = ehc();
        assertEquals("The frequency of a measure can change only before it has figures.",
                assertThrows(ValidationException.class, () -> Measures.edit(session.plan(),
                        ehc.toBuilder().frequency(Frequency.QUARTERLY).build())).getMessage());
        session.apply(Measures.rebase(session.plan(), ehc.id(), month("2023-12"), true));
        assertEquals(List.of(LocalDate.of(2023, 12, 1)), Measures.measure(stored(), ehc.id()).rebaseAfter());
        session.apply(Measures.rebase(session.plan(), ehc.id(), month("2023-12"), false));
        assertEquals(List.of(), Measures.measure(stored(), ehc.id()).rebaseAfter());
    }

    @Test
    void deletingAMeasureDeletesItsFiguresAndUndoBringsThemBack() {
        Measure ehc = ehc();
        int figures = Measures.valuesOf(session.plan(), ehc.id()).size();
        session.apply(Measures.delete(session.plan(), ehc.id()));
        assertTrue(stored().measureValues().stream().noneMatch(v -> v.measureId().equals(ehc.id())));
        session.undo();
        assertEquals(figures, Measures.valuesOf(stored(), ehc.id()).size());
    }
}
