package org.jointplan.report;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.UkDates;

/** The opening of the paper: its title, what it covers and as at when, and the BRAG key in the plan's own words. */
final class TitleBlock {
    private TitleBlock() {
    }

    static String title(ReportPosition position) {
        return position.plan().plan().title() + ": progress report as at " + UkDates.prose(position.asAt());
    }

    static List<Block> blocks(ReportPosition position, ReportOptions options) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, title(position)));
        if (!options.committee().isEmpty()) {
            blocks.add(new Block.Paragraph("Committee: ", options.committee()));
        }
        blocks.add(new Block.Paragraph("Position: ", positionWords(position)));
        blocks.add(new Block.Paragraph("Compared with: ", position.previous()
                .map(p -> "the position recorded as at " + UkDates.prose(p.asAt()) + ".")
                .orElse("no earlier report, so directions of travel are shown as new.")));
        if (!options.preparedBy().isEmpty()) {
            blocks.add(new Block.Paragraph("Prepared by: ", options.preparedBy()));
        }
        blocks.add(new Block.Heading(2, "Key to ratings"));
        blocks.add(keyTable(position.key()));
        return blocks;
    }

    private static String positionWords(ReportPosition position) {
        if (position.isFrozen()) {
            return "as recorded in the snapshot as at " + UkDates.prose(position.frozen().orElseThrow().asAt())
                    + ", which this report reproduces unchanged.";
        }
        return position.plan().snapshots().isEmpty()
                ? "the plan as it stands, judged at " + UkDates.prose(position.asAt())
                        + "; no position has been recorded yet, so nothing here is frozen."
                : "the plan as it stands, judged at " + UkDates.prose(position.asAt()) + " (not yet recorded).";
    }

    private static Block.Table keyTable(BragKey key) {
        List<List<Cell>> rows = new ArrayList<>();
        for (BragKey.Entry e : key.inReadingOrder()) {
            rows.add(List.of(Cell.status(e.status(), e.label()), Cell.of(e.status().bragColour()),
                    Cell.of(e.meaning())));
        }
        return new Block.Table("The ratings this plan uses, with the colour and meaning of each",
                List.of(Column.of("Rating", 1.2), Column.of("Colour", 0.7), Column.of("Meaning", 4)), rows);
    }
}
