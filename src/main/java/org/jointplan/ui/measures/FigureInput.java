package org.jointplan.ui.measures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Measures;

/**
 * Figures read from a block pasted from a spreadsheet or from a CSV file: one column of values (from a first
 * period on), or period and value columns. A header line and blank lines are skipped.
 * TODO(h-cli): a thin stand-in for service.MeasureFigures, which replaces it when merged.
 */
final class FigureInput {
    private FigureInput() {
    }

    /** The entries read and how many lines were skipped (a header, blank lines). */
    record Read(List<Measures.Entry> entries, int skipped) {
    }

    static Read pasted(String text, Frequency frequency, MeasurePeriod first) {
        return read(text == null ? List.of() : List.of(text.split("\\R")), "\t", frequency, first);
    }

    static Read csv(Path file, Frequency frequency) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) {
            text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
        return read(List.of(text.split("\\R")), ",", frequency, null);
    }

    private static Read read(List<String> lines, String separator, Frequency frequency, MeasurePeriod first) {
        List<Measures.Entry> entries = new ArrayList<>();
        int skipped = 0;
        MeasurePeriod next = first;
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(separator, -1);
            if (lines.get(i).isBlank()) {
                skipped++;
                continue;
            }
            try {
                if (cells.length >= 2 && !cells[1].isBlank()) {
                    MeasurePeriod period = MeasurePeriod.parse(frequency, cells[0].replace("\"", ""));
                    entries.add(new Measures.Entry(period, FigureEdits.number(cells[1].replace("\"", "")), null, null));
                    next = period.next();
                } else {
                    if (next == null) {
                        throw new ValidationException("Copy the periods with the figures, or select the row of the"
                                + " first period before pasting.");
                    }
                    entries.add(new Measures.Entry(next, FigureEdits.number(cells[0].replace("\"", "")), null, null));
                    next = next.next();
                }
            } catch (ValidationException e) {
                if (entries.isEmpty() && skipped == 0 && i == 0) {
                    skipped++; // a header line
                    continue;
                }
                throw new ValidationException("Line " + (i + 1) + ": " + FigureEdits.lower(e.getMessage()));
            }
        }
        if (entries.isEmpty()) {
            throw new ValidationException("There are no figures to record in what was given.");
        }
        return new Read(entries, skipped);
    }
}
