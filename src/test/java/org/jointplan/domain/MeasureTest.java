package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jointplan.domain.spc.Improvement;
import org.jointplan.domain.spc.PointType;
import org.junit.jupiter.api.Test;

class MeasureTest {
    private static final Stamp STAMP = new Stamp(Instant.parse("2024-10-07T09:00:00Z"), "Council", "Officer");
    private static final Measure EHC = Measure.builder(UUID.randomUUID(), UUID.randomUUID(),
            "% of new EHC plans issued within 20 weeks", STAMP).unit("%").build();

    @Test
    void monthsAndFinancialQuartersAreWrittenAndRead() {
        MeasurePeriod july = MeasurePeriod.parse(Frequency.MONTHLY, "2024-07");
        assertEquals(LocalDate.of(2024, 7, 1), july.start());
        assertEquals(LocalDate.of(2024, 7, 31), july.end());
        assertEquals("2024-07", july.code());
        assertEquals("Jul 2024", july.label());
        MeasurePeriod q2 = MeasurePeriod.parse(Frequency.QUARTERLY, "2024-Q2");
        assertEquals(LocalDate.of(2024, 7, 1), q2.start(), "quarters are the financial year's, from April");
        assertEquals(LocalDate.of(2024, 9, 30), q2.end());
        assertEquals("Q2 2024/25", q2.label());
        MeasurePeriod q4 = MeasurePeriod.parse(Frequency.QUARTERLY, "2024-q4");
        assertEquals(LocalDate.of(2025, 1, 1), q4.start());
        assertEquals("2024-Q4", q4.code());
        assertEquals(q4, MeasurePeriod.containing(Frequency.QUARTERLY, LocalDate.of(2025, 3, 31)));
        assertEquals("2025-Q1", q4.next().code());
    }

    @Test
    void aPeriodInTheWrongFormIsRefusedInWords() {
        for (String wrong : new String[] {"2024-13", "2024-00", "2024-7", "July 2024", "", "2024-Q5", "2024-Q2"}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> MeasurePeriod.parse(Frequency.MONTHLY, wrong), wrong);
            assertEquals("Write a monthly period as year and month, like 2024-07.", e.getMessage());
        }
        assertThrows(ValidationException.class, () -> MeasurePeriod.parse(Frequency.QUARTERLY, "2024-07"));
        assertThrows(ValidationException.class, () -> new MeasurePeriod(Frequency.QUARTERLY, LocalDate.of(2024, 5, 1)));
    }

    @Test
    void theTargetInForceStepsWhenTheTargetChangesByYear() {
        Measure m = EHC.toBuilder().targets(List.of(new Measure.Target(50, LocalDate.of(2026, 3, 31)),
                new Measure.Target(40, LocalDate.of(2024, 7, 31)))).build();
        assertEquals(40.0, m.targetFor(period("2024-01")));
        assertEquals(40.0, m.targetFor(period("2024-07")));
        assertEquals(50.0, m.targetFor(period("2024-08")));
        assertEquals(50.0, m.targetFor(period("2027-01")), "the last target stays the aim");
        assertNull(EHC.targetFor(period("2024-01")));
        assertEquals(50.0, m.finalTarget().value());
        assertThrows(ValidationException.class, () -> EHC.toBuilder().targets(List.of(
                new Measure.Target(1, null), new Measure.Target(2, null))).build());
    }

    @Test
    void figuresAreShownWithTheMeasuresDecimalsAndSmallNumbersSuppressed() {
        assertEquals("36.6%", EHC.format(36.62));
        Measure waits = EHC.toBuilder().unit("children").decimals(0).suppressBelow(5.0).build();
        assertEquals("1,121 children", waits.format(1121));
        assertEquals("< 5", waits.published(3));
        assertEquals("5 children", waits.published(5));
        assertThrows(ValidationException.class, () -> EHC.toBuilder().decimals(5).build());
        assertThrows(ValidationException.class, () -> EHC.toBuilder().suppressBelow(0.0).build());
        assertThrows(ValidationException.class, () -> EHC.toBuilder().baseline(Double.NaN, LocalDate.now()).build());
        assertThrows(ValidationException.class, () -> EHC.toBuilder().baseline(5.0, null).build());
    }

    @Test
    void progressIsJudgedAgainstTheTrajectoryWithinFivePerCent() {
        Measure m = EHC.toBuilder().targets(List.of(new Measure.Target(40, null))).build();
        assertEquals(MeasureStatus.ON_TRAJECTORY, progress(m, 41.3, 40.0).status());
        assertEquals(MeasureStatus.WITHIN_TOLERANCE, progress(m, 38.0, 40.0).status(), "2 below 40 is 5%");
        assertEquals(MeasureStatus.OFF_TRAJECTORY, progress(m, 37.9, 40.0).status());
        assertEquals(MeasureStatus.OFF_TRAJECTORY, progress(m, 36.6, null).status(), "the target stands in");
        Measure waits = m.toBuilder().better(Improvement.DECREASE).build();
        assertEquals(MeasureStatus.OFF_TRAJECTORY, progress(waits, 68, 59.0).status());
        assertEquals(MeasureStatus.ON_TRAJECTORY, progress(waits, 54, 59.0).status());
        assertEquals(MeasureStatus.NO_TRAJECTORY, progress(EHC, 36.6, null).status());
        Measure neither = m.toBuilder().better(Improvement.NEUTRAL).build();
        assertEquals(MeasureStatus.ON_TRAJECTORY, progress(neither, 41.9, 40.0).status());
        assertEquals(MeasureStatus.OFF_TRAJECTORY, progress(neither, 42.1, 40.0).status());
    }

    @Test
    void directionComparesWithThePreviousReportByTheWayThatIsBetter() {
        MeasureValue v = value(EHC, "2024-07", 36.6, null);
        assertEquals(Direction.WORSE, MeasureProgress.of(EHC, List.of(v), LocalDate.of(2024, 9, 30), 42.7).direction());
        assertEquals(Direction.IMPROVED, MeasureProgress.of(EHC, List.of(v), LocalDate.of(2024, 9, 30), 30.0)
                .direction());
        assertEquals(Direction.NO_CHANGE, MeasureProgress.of(EHC, List.of(v), LocalDate.of(2024, 9, 30), 36.63)
                .direction(), "equal as printed");
        assertEquals(Direction.NEW, MeasureProgress.of(EHC, List.of(v), LocalDate.of(2024, 9, 30), null).direction());
        Measure waits = EHC.toBuilder().better(Improvement.DECREASE).build();
        assertEquals(Direction.IMPROVED, MeasureProgress.of(waits, List.of(value(waits, "2024-07", 54.0, null)),
                LocalDate.of(2024, 9, 30), 68.0).direction());
        Measure neither = EHC.toBuilder().better(Improvement.NEUTRAL).build();
        assertEquals(Direction.HIGHER, MeasureProgress.of(neither, List.of(value(neither, "2024-07", 54.0, null)),
                LocalDate.of(2024, 9, 30), 50.0).direction());
    }

    @Test
    void asAtADateOnlyItsPeriodsCountAndNoValuesIsNoData() {
        List<MeasureValue> values = List.of(value(EHC, "2024-06", 42.7, null), value(EHC, "2024-07", 36.6, null),
                value(EHC, "2024-12", null, 45.0));
        MeasureProgress june = MeasureProgress.of(EHC, values, LocalDate.of(2024, 6, 30), null);
        assertEquals(42.7, june.latest().actual());
        assertEquals("Jun 2024", june.latestPeriod().label());
        assertEquals(1, june.spc().points().size());
        MeasureProgress none = MeasureProgress.of(EHC, values, LocalDate.of(2024, 5, 31), null);
        assertEquals(MeasureStatus.NO_DATA, none.status());
        assertNull(none.spc());
        assertNull(none.direction());
    }

    @Test
    void aRebaseAfterAPeriodStartsNewLimitsAtTheNextValueEvenAcrossAGap() {
        Measure m = EHC.toBuilder().rebaseAfter(List.of(LocalDate.of(2024, 3, 1))).build();
        List<MeasureValue> values = new java.util.ArrayList<>();
        LocalDate start = LocalDate.of(2023, 4, 1);
        for (int i = 0; i < 24; i++) {
            if (i != 12) { // April 2024 is missing
                values.add(new MeasureValue(UUID.randomUUID(), m.id(), start.plusMonths(i), i < 12 ? 10.0 + i % 3
                        : 30.0 + i % 3, null, "", STAMP));
            }
        }
        MeasureProgress p = MeasureProgress.of(m, values, LocalDate.of(2025, 3, 31), null);
        assertEquals(2, p.spc().periods().size());
        assertEquals(12, p.spc().periods().get(1).first(), "May 2024, the first value after March");
        assertEquals(PointType.COMMON_CAUSE, p.spc().points().get(23 - 1).type());
    }

    private static MeasureProgress progress(Measure m, double actual, Double trajectory) {
        return MeasureProgress.of(m, List.of(value(m, "2024-07", actual, trajectory)), LocalDate.of(2024, 9, 30),
                null);
    }

    private static MeasureValue value(Measure m, String period, Double actual, Double trajectory) {
        return new MeasureValue(UUID.randomUUID(), m.id(), period(period).start(), actual, trajectory, "", STAMP);
    }

    private static MeasurePeriod period(String code) {
        return MeasurePeriod.parse(Frequency.MONTHLY, code);
    }
}
