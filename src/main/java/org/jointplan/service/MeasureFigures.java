package org.jointplan.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.service.FigureRows.Columns;
import org.jointplan.service.FigureRows.Row;
import org.jointplan.service.Measures.Entry;

/**
 * A measure's figures from text: what Excel puts on the clipboard, or a CSV file. Either every figure is read, or
 * one plain sentence names the line (or row) at fault; {@link Measures#record} then records them all or none.
 */
public final class MeasureFigures {
    private MeasureFigures() {
    }

    /**
     * The figures read, and how many lines were skipped: header rows at the top and blank lines.
     *
     * @param entries oldest first as given
     */
    public record Figures(List<Entry> entries, int header, int blank) {
        public Figures {
            entries = List.copyOf(entries);
        }

        public int skipped() {
            return header + blank;
        }
    }

    /**
     * Pasted cells: one column of figures for consecutive periods from {@code firstPeriod} (which may be null only
     * when periods are given), or columns separated by tabs (commas or semicolons when there are no tabs): period,
     * actual, then optionally trajectory and note.
     */
    public static Figures pasted(String text, Frequency frequency, MeasurePeriod firstPeriod) {
        List<String> lines = new ArrayList<>(List.of((text == null ? "" : text).split("\\R", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the last line's own line break
        }
        char separator = PastedCells.separator(lines);
        List<Row> rows = new ArrayList<>(lines.size());
        boolean columns = false;
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = PastedCells.split(lines.get(i), separator);
            columns |= cells.size() > 1;
            rows.add(new Row(i + 1, cells));
        }
        return new FigureRows(frequency, "Line").read(rows, columns ? Columns.BY_POSITION : Columns.FIGURES_ONLY,
                firstPeriod, 0);
    }

    /**
     * A CSV file: UTF-8 (with or without its byte order mark) or, failing that, Windows-1252; columns found by the
     * words of a header row (period, value, trajectory, note and their synonyms), else by position.
     */
    public static Figures csv(Path file, Frequency frequency) {
        return CsvFigures.read(file, frequency); // a class of its own, so that Commons CSV loads only for a CSV file
    }

    /** One figure as typed: "36.6", "36.6%", "1,121"; refused in one sentence when it cannot be stored. */
    public static double figure(String text) {
        Double value = FigureText.read(text);
        if (value == null) {
            throw new org.jointplan.domain.ValidationException("Give a figure, like 36.6.");
        }
        return value;
    }
}
