package org.jointplan.sheet.write;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;

/**
 * A small plan whose every tracker cell is known: two priorities, three actions (one with a formula for a title, a
 * description over two lines with a pound sign and an en dash), a milestone achieved and one to come.
 */
public final class TrackerFixture {
    public static final Stamp STAMP = new Stamp(Instant.parse("2024-09-01T09:00:00Z"), "Test Council", "Tester");
    public static final UUID PLAN = UUID.fromString("00000000-0000-0000-0000-000000000001");
    public static final UUID CITY = UUID.fromString("00000000-0000-0000-0000-000000000011");
    public static final UUID ICB = UUID.fromString("00000000-0000-0000-0000-000000000012");
    public static final UUID SLCN = UUID.fromString("00000000-0000-0000-0000-000000000021");
    public static final UUID SLEEP = UUID.fromString("00000000-0000-0000-0000-000000000022");
    public static final UUID ADVICE = UUID.fromString("00000000-0000-0000-0000-000000000031");
    public static final UUID FORMULA = UUID.fromString("00000000-0000-0000-0000-000000000032");
    public static final UUID HELPLINE = UUID.fromString("00000000-0000-0000-0000-000000000033");

    private TrackerFixture() {
    }

    public static PlanData plan() {
        FinancialYear year = new FinancialYear(2024);
        Plan plan = new Plan(PLAN, "Joint SEND plan 2024/25", "", new DateRange(LocalDate.of(2024, 8, 1),
                LocalDate.of(2025, 3, 31)), year, List.of(), null, STAMP);
        List<Partner> partners = List.of(new Partner(CITY, PLAN, "Nottingham City Council", "City", STAMP),
                new Partner(ICB, PLAN, "NHS Integrated Care Board", "ICB", STAMP));
        List<Priority> priorities = List.of(
                new Priority(SLCN, PLAN, 1, "Speech, Language and Communication Needs (SLCN) services", "SLCN", "",
                        CITY, "", false, null, "", null, STAMP),
                new Priority(SLEEP, PLAN, 2, "Integrated sleep support pathway", "Sleep", "", ICB, "", false, null,
                        "", null, STAMP));
        List<Action> actions = List.of(
                new Action(ADVICE, PLAN, SLCN, Set.of(), "Set up an SLCN advice line",
                        "A dedicated advice line\nand weekly drop-ins costing £12,000 – from July", CITY,
                        "Commissioning Manager (SLCN)", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1),
                        Status.COMPLETE, 100, "", "private note", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1),
                        "", "", STAMP),
                new Action(FORMULA, PLAN, SLCN, Set.of(), "=HYPERLINK(\"http://x\",\"click\")",
                        "-1 day slippage", ICB, "@officer", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 1, 31),
                        Status.AT_RISK, 40, "+ Procurement delayed, \"re-tender\"", "", LocalDate.of(2024, 9, 1),
                        LocalDate.of(2024, 12, 31), "Extra market engagement", "Approve the new date", STAMP),
                new Action(HELPLINE, PLAN, SLEEP, Set.of(), "Launch the sleep support helpline", "", null, "",
                        LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31), Status.NOT_STARTED, 0, "", "", null,
                        null, "", "", STAMP));
        List<Milestone> milestones = List.of(
                new Milestone(UUID.fromString("00000000-0000-0000-0000-000000000041"), PLAN, ADVICE, null,
                        "Drop-ins start", null, LocalDate.of(2024, 7, 8), "", true, STAMP),
                new Milestone(UUID.fromString("00000000-0000-0000-0000-000000000042"), PLAN, ADVICE, null,
                        "Advice line live", null, LocalDate.of(2024, 7, 1), "", true, STAMP),
                new Milestone(UUID.fromString("00000000-0000-0000-0000-000000000043"), PLAN, FORMULA, null,
                        "Contract awarded", null, LocalDate.of(2025, 1, 15), "", false, STAMP));
        return new PlanData(plan, partners, priorities, actions, milestones, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
