package org.jointplan.report;

import java.util.List;
import org.jointplan.chart.ChartLayout;

/** One piece of a report, in reading order; each writer turns it into its own kind (a Word style, a PDF tag). */
public sealed interface Block {

    /** A heading of level 1 (a part of the report) to 3, shown in Word's navigation pane and the PDF's outline. */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("A heading is of level 1 to 3.");
            }
        }
    }

    /** A paragraph of running text; {@code label}, when not empty, is a bold lead-in ("Reason: "). */
    record Paragraph(String label, String text) implements Block {
        public Paragraph {
            label = label == null ? "" : label;
            text = text == null ? "" : text;
        }

        public static Paragraph of(String text) {
            return new Paragraph("", text);
        }
    }

    /** A bulleted list. */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table with one header row, repeated on each page it runs over. Every row has one cell per column.
     *
     * @param caption what the table shows, in words (a screen reader's summary and the Word caption)
     */
    record Table(String caption, List<Column> columns, List<List<Cell>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("Each row of a table has one cell per column.");
                }
            }
        }
    }

    /**
     * A chart or timeline page, drawn as vector graphics where the format allows, scaled to the printable width at
     * its own proportions (never larger than it was laid out).
     *
     * @param alt the figure in words, for screen readers (the chart's description)
     */
    record Figure(ChartLayout drawing, String alt, String caption) implements Block {
        public Figure {
            if (drawing == null || alt == null || alt.isBlank()) {
                throw new IllegalArgumentException("A figure needs its drawing and words for it.");
            }
            caption = caption == null ? "" : caption;
        }
    }
}
