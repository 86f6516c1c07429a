package org.jointplan.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jointplan.domain.Frequency;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.FigureRows.Columns;
import org.jointplan.service.FigureRows.Row;

/** Reads a CSV file of figures with Apache Commons CSV; used only through {@link MeasureFigures#csv}. */
final class CsvFigures {
    /** Far more than any measure's history; a larger file is not a file of figures. */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final Set<String> PERIOD = Set.of("period", "month", "quarter", "date");
    private static final Set<String> ACTUAL = Set.of("value", "actual", "figure", "actuals", "figures", "values");
    private static final Set<String> TRAJECTORY = Set.of("trajectory", "plan", "planned");
    private static final Set<String> NOTE = Set.of("note", "notes", "comment", "comments");

    private CsvFigures() {
    }

    static MeasureFigures.Figures read(Path file, Frequency frequency) {
        String text = decoded(bytes(file));
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                rows.add(new Row((int) record.getRecordNumber(), Arrays.asList(record.values())));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ValidationException(file.getFileName() + " is not a CSV file that can be read: a quoted value"
                    + " may be missing its closing quote.");
        }
        int blankAtTop = 0;
        while (blankAtTop < rows.size() && rows.get(blankAtTop).isBlank()) {
            blankAtTop++;
        }
        Columns columns = blankAtTop < rows.size() ? header(rows.get(blankAtTop)) : null;
        if (columns == null) {
            return new FigureRows(frequency, "Row").read(rows, Columns.BY_POSITION, null, 0);
        }
        List<Row> data = rows.subList(blankAtTop + 1, rows.size());
        MeasureFigures.Figures read = new FigureRows(frequency, "Row").read(data, columns, null, 1);
        return new MeasureFigures.Figures(read.entries(), read.header(), read.blank() + blankAtTop);
    }

    /** The columns a header row names, or null when the row names none (the file has no header). */
    private static Columns header(Row row) {
        int period = -1;
        int actual = -1;
        int trajectory = -1;
        int note = -1;
        boolean named = false;
        for (int i = 0; i < row.cells().size(); i++) {
            List<String> words = Arrays.asList(row.cell(i).toLowerCase(Locale.ROOT).split("[^a-z]+"));
            if (trajectory < 0 && words.stream().anyMatch(TRAJECTORY::contains)) {
                trajectory = i;
            } else if (note < 0 && words.stream().anyMatch(NOTE::contains)) {
                note = i;
            } else if (period < 0 && words.stream().anyMatch(PERIOD::contains)) {
                period = i;
            } else if (actual < 0 && words.stream().anyMatch(ACTUAL::contains)) {
                actual = i;
            } else {
                continue;
            }
            named = true;
        }
        if (!named) {
            return null;
        }
        if (actual < 0) {
            throw new ValidationException("Row " + row.number() + " names no column of figures: call it value,"
                    + " actual or figure.");
        }
        if (period < 0) {
            throw new ValidationException("Row " + row.number() + " names no column of periods: call it period,"
                    + " month, quarter or date.");
        }
        return new Columns(period, actual, trajectory, note);
    }

    private static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (first.indexOf('\t') >= 0) {
            return '\t';
        }
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    private static byte[] bytes(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ValidationException(file.getFileName() + " is too large to be a file of figures (more than "
                        + MAX_BYTES / (1024 * 1024) + " MB).");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ValidationException("There is no file " + file + ".");
        } catch (IOException e) {
            throw new ValidationException(file + " could not be read; check that it is a file you may open.");
        }
    }

    /** A UTF-8 (or UTF-16) byte order mark says the encoding; otherwise UTF-8 when it decodes, else Windows-1252. */
    static String decoded(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
