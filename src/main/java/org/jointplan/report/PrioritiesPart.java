package org.jointplan.report;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ActionLine;
import org.jointplan.domain.ReportPosition.PriorityLine;

/**
 * For each priority: its overall rating (and confidence, when the board gives two), direction of travel, and the
 * table of its actions. An action's reference is the priority's number and the action's place in it ("2.3").
 */
final class PrioritiesPart {
    static final List<Column> ACTION_COLUMNS = List.of(Column.of("Ref", 0.55), Column.of("Action", 3.2),
            Column.of("Lead partner", 1.5), Column.of("Baseline due", 1.05), Column.of("Due", 1.05),
            Column.of("Status", 1.25), Column.of("Direction", 1.2), Column.of("Reason", 3.4));

    private PrioritiesPart() {
    }

    static List<Block> blocks(ReportPosition position, Runnable rowDone) {
        BragKey key = position.key();
        PlanData plan = position.plan();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ReportOptions.Part.PRIORITIES.heading()));
        if (position.priorities().isEmpty()) {
            blocks.add(Block.Paragraph.of("The plan has no priorities yet."));
        }
        for (PriorityLine line : position.priorities()) {
            Priority priority = plan.priority(line.id()).orElseThrow();
            blocks.add(new Block.Heading(2, priority.order() + ". " + line.name()));
            blocks.add(new Block.Paragraph("Overall rating: ", ReportWords.statusWords(key, line.rating())
                    + (line.overridden() ? " (set by the board: " + ReportWords.orDash(line.overrideReason()) + ")"
                            : " (from its actions)")));
            if (line.confidence() != null) {
                blocks.add(new Block.Paragraph("Confidence in the outcome: ", line.confidence().label()));
            }
            blocks.add(new Block.Paragraph("Direction of travel: ", ReportWords.direction(line.direction())));
            blocks.add(new Block.Paragraph("Actions: ", line.summary().describe(key) + "."));
            List<Action> actions = plan.actionsOf(line.id());
            if (actions.isEmpty()) {
                continue;
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                ActionLine a = position.action(action.id()).orElseThrow();
                String lead = action.leadPartnerId() == null ? ReportWords.NONE : plan.partner(action.leadPartnerId())
                        .map(p -> p.shortName().isBlank() ? p.name() : p.shortName()).orElse(ReportWords.NONE);
                rows.add(List.of(Cell.of(priority.order() + "." + (i + 1)), Cell.of(a.title()), Cell.of(lead),
                        Cell.of(ReportWords.date(a.baselineDue())), Cell.of(ReportWords.date(a.due())
                                + (a.overdue() ? " (overdue)" : "")),
                        ReportWords.status(key, a.status()), Cell.of(ReportWords.direction(a.direction())),
                        Cell.of(ReportWords.orDash(a.statusReason()))));
                rowDone.run();
            }
            blocks.add(FittedTable.of("Actions of priority " + priority.order() + ", " + line.name()
                    + ": reference, lead partner, baseline and current due dates, status, direction and reason",
                    ACTION_COLUMNS, rows, PageSetup.A4_LANDSCAPE.printableWidth()));
        }
        return blocks;
    }
}
