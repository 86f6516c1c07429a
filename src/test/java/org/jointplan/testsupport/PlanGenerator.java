package org.jointplan.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.CommitteeDate;
import org.jointplan.domain.DateMove;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ProgressUpdate;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;

/** Generates realistic, valid plans of any size from a seed, for tests and benchmarks. */
public final class PlanGenerator {
    private static final String[] VERBS = {"Review", "Commission", "Procure", "Map", "Pilot", "Evaluate", "Train",
        "Co-produce", "Publish", "Recruit"};
    private static final String[] OBJECTS = {"advice line", "sleep pathway", "OT waiting list", "data dashboard",
        "training offer", "family hub sessions", "service specification", "vital signs", "locality model"};

    private final Random random;
    private final Stamp stamp;

    public PlanGenerator(long seed) {
        random = new Random(seed);
        stamp = new Stamp(Instant.parse("2024-10-01T09:00:00Z").plusSeconds(seed % 100_000), "Test Council",
                "Tester " + seed);
    }

    public static PlanData plan(int actions, long seed) {
        return new PlanGenerator(seed).generate(actions);
    }

    public PlanData generate(int actionCount) {
        UUID planId = id();
        FinancialYear year = new FinancialYear(2024);
        Plan plan = new Plan(planId, "Generated plan " + actionCount, "Generated strategy",
                new DateRange(year.start(), year.end()), year, List.of("Strategic Commissioning Group"), null, stamp);
        List<Partner> partners = new ArrayList<>();
        for (String name : List.of("City Council", "County Council", "Integrated Care Board")) {
            partners.add(new Partner(id(), planId, name, name.split(" ")[0], stamp));
        }
        List<Priority> priorities = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            priorities.add(new Priority(id(), planId, i, "Priority " + i, "P" + i, "Why priority " + i + " matters.",
                    pick(partners).id(), "Lead officer " + i, false, null, "", null, stamp));
        }
        List<Action> actions = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        List<ProgressUpdate> updates = new ArrayList<>();
        for (int i = 0; i < actionCount; i++) {
            Action action = action(planId, i, priorities, partners, year.start());
            actions.add(action);
            if (i % 4 == 0) {
                milestones.add(new Milestone(id(), planId, action.id(), null, "Milestone " + i, action.due(),
                        action.due(), "", random.nextBoolean(), stamp));
            }
            if (i % 3 == 0) {
                updates.add(new ProgressUpdate(id(), action.id(), action.start().plusDays(10), "Update on " + i,
                        action.status(), "Officer " + i, stamp));
            }
            if (i > 0 && i % 5 == 0) {
                // always from an earlier action to a later one, so never a cycle
                dependencies.add(new Dependency(id(), planId, actions.get(random.nextInt(i)).id(), action.id(),
                        stamp));
            }
        }
        priorities.forEach(p -> milestones.add(new Milestone(id(), planId, null, p.id(), "Review of " + p.name(),
                year.end().minusMonths(1), year.end(), "Board moved", false, stamp)));
        Measure measure = Measure.builder(id(), planId, "% of plans on time", stamp).unit("%").source("Test")
                .targets(List.of(new Measure.Target(40.0, year.end()))).build();
        List<MeasureValue> values = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            values.add(new MeasureValue(id(), measure.id(), year.start().plusMonths(m), 20.0 + m,
                    m % 2 == 0 ? 25.0 + m : null, "", stamp));
        }
        List<CommitteeDate> calendar = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            calendar.add(new CommitteeDate(id(), planId, "Strategic Commissioning Group", year.start()
                    .plusMonths(3L * q).plusDays(20), stamp));
        }
        calendar.add(new CommitteeDate(id(), planId, "Scrutiny", year.start().plusMonths(7), stamp));
        List<DateMove> moves = actions.stream().filter(Action::slippedAgainstBaseline)
                .map(a -> new DateMove(id(), planId, a.id(), null, a.baselineDue(), a.due(), "Moved: " + a.title(),
                        stamp)).toList();
        return new PlanData(plan, partners, priorities, actions, milestones, dependencies, updates,
                List.of(measure), values, calendar, null, moves, List.of());
    }

    private Action action(UUID planId, int i, List<Priority> priorities, List<Partner> partners, LocalDate from) {
        Priority primary = priorities.get(i % priorities.size());
        Set<UUID> others = i % 7 == 0 ? Set.of(pick(priorities).id()) : Set.of();
        LocalDate start = from.plusDays(random.nextInt(330));
        LocalDate due = start.plusDays(random.nextInt(200));
        Status status = Status.values()[random.nextInt(Status.values().length)];
        int percent = status == Status.COMPLETE ? 100 : status == Status.NOT_STARTED ? 0 : random.nextInt(100);
        return new Action(id(), planId, primary.id(), others, pick(VERBS) + " " + pick(OBJECTS) + " " + i,
                "Description of action " + i, pick(partners).id(), "Owner " + (i % 37), start, due, status, percent,
                status.needsReason() ? "Reason " + i : "", i % 10 == 0 ? "Private note" : "",
                i % 2 == 0 ? start : null, i % 2 == 0 ? baselineDue(start, due, i) : null,
                status.needsReason() ? "Corrective " + i : "", i % 11 == 0 ? "Decision on " + i : "", stamp);
    }

    /** One baselined action in five has slipped by two weeks (a tenth of the plan): its baseline is before its due. */
    private static LocalDate baselineDue(LocalDate start, LocalDate due, int i) {
        LocalDate earlier = due.minusDays(14);
        return i % 10 != 0 || earlier.isBefore(start) ? due : earlier;
    }

    public UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
