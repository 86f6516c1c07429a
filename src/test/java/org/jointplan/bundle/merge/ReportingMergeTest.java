package org.jointplan.bundle.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.Difference;
import org.jointplan.domain.Ids;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

/** Snapshots, the calendar, the BRAG key and ratings merge like any other record. */
class ReportingMergeTest {
    private static final Stamp ICB = new Stamp(Instant.parse("2024-11-02T10:00:00Z"), "ICB", "Partner A");
    private final PlanData base = PlanGenerator.plan(20, 91);

    private static PlanData with(PlanData p, List<CommitteeDate> calendar, List<ReportSnapshot> snapshots) {
        return new PlanData(p.plan(), p.partners(), p.priorities(), p.actions(), p.milestones(), p.dependencies(),
                p.updates(), p.measures(), p.measureValues(), calendar, snapshots, p.dateMoves(), p.tombstones());
    }

    @Test
    void aPartnersSnapshotAndMeetingAreOfferedAndMergedWithTheirStamp() {
        ReportSnapshot snapshot = ReportSnapshot.take(base, LocalDate.of(2024, 9, 30), "ICB board", Ids.newId(), ICB);
        CommitteeDate board = new CommitteeDate(Ids.newId(), base.id(), "ICB board", LocalDate.of(2025, 1, 9), ICB);
        List<CommitteeDate> calendar = new java.util.ArrayList<>(base.committeeDates());
        calendar.add(board);
        PlanData theirs = with(base, calendar, List.of(snapshot));
        List<Difference> diffs = ThreeWayDiff.compare(base, base, theirs);
        assertEquals(2, diffs.size(), diffs.toString());
        assertTrue(diffs.stream().anyMatch(d -> d.description().startsWith("Report snapshot as at 30/09/2024 added by Partner A")),
                diffs.toString());
        assertTrue(diffs.stream().anyMatch(d -> d.description().startsWith("Committee date 'ICB board' on 09/01/2025 added")),
                diffs.toString());
        Merge.Result result = Merge.apply(base, diffs, d -> true);
        assertEquals(List.of(board, snapshot), result.saves(), "kept whole, with who recorded them");
    }

    @Test
    void aRenamedWordOfTheKeyAndAnOverriddenRatingAreFieldChanges() {
        PlanData theirs = new PlanData(base.plan().withBragKey(base.plan().bragKey().with(Status.AT_RISK,
                "Some slippage", "")).withStamp(ICB), base.partners(),
                base.priorities().stream().map(p -> p.order() == 1
                        ? p.withRating(Status.OFF_TRACK, "Funding withdrawn", null).withStamp(ICB) : p).toList(),
                base.actions(), base.milestones(), base.dependencies(), base.updates(), base.measures(),
                base.measureValues(), base.committeeDates(), base.snapshots(), base.dateMoves(), base.tombstones());
        List<Difference> diffs = ThreeWayDiff.compare(base, base, theirs);
        assertEquals(2, diffs.size(), "an override and its reason are one choice: " + diffs);
        assertTrue(diffs.stream().anyMatch(d -> d.description().contains("BRAG key changed from Blue 'Complete',")
                && d.description().contains("Amber 'Some slippage'")), diffs.toString());
        assertTrue(diffs.stream().anyMatch(d -> d.description().contains(
                "overridden rating and reason for overriding changed")), diffs.toString());
        Merge.Result result = Merge.apply(base, diffs, d -> true);
        assertTrue(result.saves().stream().anyMatch(r -> r instanceof org.jointplan.domain.Plan p
                && p.bragKey().label(Status.AT_RISK).equals("Some slippage")), result.toString());
        assertTrue(result.saves().stream().anyMatch(r -> r instanceof org.jointplan.domain.Priority p
                && p.ratingOverride() == Status.OFF_TRACK), result.toString());
    }
}
