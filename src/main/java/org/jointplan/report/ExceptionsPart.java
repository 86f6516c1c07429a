package org.jointplan.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.jointplan.domain.ReportPosition.ExceptionEntry;
import org.jointplan.domain.ReportPosition.ExceptionEntry.Kind;
import org.jointplan.domain.ReportPosition.MilestoneSlip;

/**
 * The exception report: each action off track, at risk, overdue or needing a decision with its reason, corrective
 * action and date, most serious first; then the slipped milestones with their baseline and revised dates; then the
 * decisions the committee is asked for.
 */
final class ExceptionsPart {
    private ExceptionsPart() {
    }

    static List<Block> blocks(ReportPosition position) {
        BragKey key = position.key();
        PlanData plan = position.plan();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ReportOptions.Part.EXCEPTIONS.heading()));
        Map<Kind, List<ExceptionEntry>> byKind = new EnumMap<>(Kind.class);
        for (ExceptionEntry e : position.exceptions()) {
            if (e.kind() != Kind.MILESTONE_SLIPPED) {
                byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
            }
        }
        if (byKind.isEmpty() && position.slippedMilestones().isEmpty()) {
            blocks.add(Block.Paragraph.of("No action is " + key.label(Status.AT_RISK)
                    .toLowerCase(Locale.UK) + ", " + key.label(Status.OFF_TRACK)
                    .toLowerCase(Locale.UK) + " or overdue, no decision is needed and no milestone has"
                    + " slipped."));
            return blocks;
        }
        for (Map.Entry<Kind, List<ExceptionEntry>> group : byKind.entrySet()) {
            blocks.add(new Block.Heading(2, heading(group.getKey(), key) + " (" + group.getValue().size() + ")"));
            for (ExceptionEntry e : group.getValue()) {
                blocks.addAll(entry(e, plan, key));
            }
        }
        if (!position.slippedMilestones().isEmpty()) {
            blocks.add(new Block.Heading(2, "Slipped milestones (" + position.slippedMilestones().size() + ")"));
            blocks.add(milestones(position.slippedMilestones(), plan));
        }
        List<String> decisions = position.actions().stream().filter(ReportPosition.ActionLine::needsDecision)
                .map(a -> a.title() + ": " + a.decisionNeeded()).toList();
        if (!decisions.isEmpty()) {
            blocks.add(new Block.Heading(2, "Decisions needed (" + decisions.size() + ")"));
            blocks.add(new Block.Bullets(decisions));
        }
        return blocks;
    }

    private static String heading(Kind kind, BragKey key) {
        return switch (kind) {
            case OFF_TRACK -> key.label(Status.OFF_TRACK);
            case AT_RISK -> key.label(Status.AT_RISK);
            case OVERDUE -> "Overdue";
            case DECISION_NEEDED -> "Decision needed";
            case MILESTONE_SLIPPED -> "Milestone slipped";
        };
    }

    private static List<Block> entry(ExceptionEntry e, PlanData plan, BragKey key) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(3, e.title()));
        blocks.add(new Block.Paragraph("Priority: ", plan.priority(e.priorityId()).map(p -> p.order() + ". "
                + p.name()).orElse(ReportWords.NONE)));
        blocks.add(new Block.Paragraph("Status: ", ReportWords.statusWords(key, e.status())));
        blocks.add(new Block.Paragraph("Reason: ", e.reason().isBlank() ? "No reason has been recorded."
                : e.reason()));
        if (!e.correctiveAction().isBlank()) {
            blocks.add(new Block.Paragraph("Corrective action: ", e.correctiveAction()));
        }
        blocks.add(new Block.Paragraph("Due: ", e.previousDate() == null ? ReportWords.date(e.date())
                : ReportWords.date(e.date()) + ", moved from " + ReportWords.date(e.previousDate())));
        if (!e.decisionNeeded().isBlank()) {
            blocks.add(new Block.Paragraph("Decision needed: ", e.decisionNeeded()));
        }
        return blocks;
    }

    private static Block.Table milestones(List<MilestoneSlip> slips, PlanData plan) {
        List<List<Cell>> rows = new ArrayList<>();
        for (MilestoneSlip s : slips) {
            String action = plan.action(s.actionId()).map(a -> a.title()).orElse(ReportWords.NONE);
            rows.add(List.of(Cell.of(s.title()), Cell.of(action), Cell.of(ReportWords.date(s.baseline())),
                    Cell.of(ReportWords.date(s.from())), Cell.of(ReportWords.date(s.to())),
                    Cell.of(ReportWords.orDash(s.reason()))));
        }
        return new Block.Table("Milestones that slipped, with their baseline date, the date before and now, and why",
                List.of(Column.of("Milestone", 2.2), Column.of("Action", 2.2), Column.of("Baseline", 1.1),
                        Column.of("Was", 1.1), Column.of("Now", 1.1), Column.of("Reason", 3)), rows);
    }
}
