package org.jointplan.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Measures.Entry;

/**
 * Rows of cells, pasted or read from a CSV file, made into figures by their columns: all of them, or a refusal that
 * names the line (or row) at fault. Rows of empty cells are skipped; so are rows at the top whose figure is a
 * heading (and whose period, when there is one, is not a period).
 */
final class FigureRows {
    /** One line of a paste or one row of a CSV file, numbered from 1 as the user sees it. */
    record Row(int number, List<String> cells) {
        String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Which column holds what (-1: none). Without a period column the figures are for consecutive periods from the
     * first one given.
     */
    record Columns(int period, int actual, int trajectory, int note) {
        static final Columns FIGURES_ONLY = new Columns(-1, 0, -1, -1);
        static final Columns BY_POSITION = new Columns(0, 1, 2, 3);
    }

    private final Frequency frequency;
    private final String word;

    /** @param word what a row is called in messages: "Line" or "Row" */
    FigureRows(Frequency frequency, String word) {
        this.frequency = frequency;
        this.word = word;
    }

    /** @param headers rows already skipped as headers (a CSV's row of column names) */
    MeasureFigures.Figures read(List<Row> rows, Columns columns, MeasurePeriod first, int headers) {
        if (columns.period() < 0 && first == null) {
            throw new ValidationException("Say which period the first figure is for, or give each figure's period"
                    + " beside it.");
        }
        List<Entry> entries = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        MeasurePeriod next = first;
        int header = headers;
        int blank = 0;
        for (Row row : rows) {
            if (row.isBlank() || (columns.period() >= 0 && nothingBeside(row, columns))) {
                blank++;
                if (columns.period() < 0 && !entries.isEmpty()) {
                    next = next.next(); // a gap in a column of figures is a period without one
                }
                continue;
            }
            if (entries.isEmpty() && isHeading(row, columns)) {
                header++;
                continue;
            }
            MeasurePeriod period = columns.period() < 0 ? next : at(row, () -> PeriodText.read(frequency,
                    row.cell(columns.period())));
            if (!seen.add(period.start())) {
                throw new ValidationException(word + " " + row.number() + ": " + period.label()
                        + " is given twice; give each period once.");
            }
            Double actual = at(row, () -> FigureText.read(row.cell(columns.actual())));
            Double trajectory = at(row, () -> FigureText.read(row.cell(columns.trajectory())));
            String note = oneLine(row.cell(columns.note()));
            if (actual != null || trajectory != null || note != null) {
                entries.add(new Entry(period, actual, trajectory, note));
            }
            next = period.next();
        }
        if (entries.isEmpty()) {
            throw new ValidationException("There are no figures to record.");
        }
        return new MeasureFigures.Figures(entries, header, blank);
    }

    /** A period alone, with no figure, trajectory or note beside it, is a row with nothing to record. */
    private static boolean nothingBeside(Row row, Columns columns) {
        return row.cell(columns.actual()).isEmpty() && row.cell(columns.trajectory()).isEmpty()
                && row.cell(columns.note()).isEmpty();
    }

    private static boolean isHeading(Row row, Columns columns) {
        return FigureText.isHeading(row.cell(columns.actual()))
                && (columns.period() < 0 || !PeriodText.isPeriod(row.cell(columns.period())));
    }

    /** A note is one line: a line break inside a quoted CSV cell becomes a space. */
    private static String oneLine(String note) {
        String s = note.replaceAll("\\s*\\R\\s*", " ").strip();
        return s.isEmpty() ? null : s;
    }

    private <T> T at(Row row, java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (ValidationException e) {
            throw new ValidationException(word + " " + row.number() + ": " + e.getMessage());
        } catch (java.time.DateTimeException e) {
            throw new ValidationException(word + " " + row.number() + ": '" + row.cell(0) + "' is not a period.");
        }
    }
}
