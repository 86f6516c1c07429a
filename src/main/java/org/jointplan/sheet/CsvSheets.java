package org.jointplan.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV tracker as one sheet named "". Its encoding is found from the bytes: UTF-8 with or without a byte order
 * mark, else Windows-1252 (what Excel writes on a UK laptop: £ and en-dashes as single bytes). The separator is the
 * first line's commonest of comma, semicolon and tab. Quoted cells keep their line breaks; rows are streamed and
 * reading stops after {@link SheetFiles#MAX_ROWS}.
 */
final class CsvSheets {
    private static final int SNIFF_BYTES = 1 << 20;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSheets() {
    }

    static List<GridSheet> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (looksBinary(head)) {
            throw SheetFiles.notASpreadsheet(name);
        }
        boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF;
        Charset charset = bom || isUtf8(head) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        char separator = separator(new String(head, charset));
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        List<GridRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.skipNBytes(3);
            }
            Reader reader = new InputStreamReader(in, charset);
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                int lineNumber = 0;
                for (CSVRecord record : parser) {
                    lineNumber++;
                    List<GridCell> cells = new ArrayList<>();
                    for (int c = 0; c < record.size(); c++) {
                        String text = CellText.unguarded(record.get(c)); // the apostrophe a formula guard adds
                        if (!text.isBlank()) {
                            cells.add(GridCell.text(c, text));
                        }
                    }
                    if (!cells.isEmpty()) {
                        if (rows.size() >= SheetFiles.MAX_ROWS) {
                            throw SheetFiles.tooManyRows(name);
                        }
                        rows.add(new GridRow(lineNumber, false, 1, cells));
                    }
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw new SheetException(name + " is not a CSV file JointPlan can read (a quoted cell is never"
                        + " closed, or the text is damaged); save it again from Excel as CSV and import that.", e);
            }
        }
        return List.of(new GridSheet("", false, rows));
    }

    private static boolean looksBinary(byte[] head) {
        int n = Math.min(head.length, 8192);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bytes decode as UTF-8 (a character cut off at the end of the sample is allowed). */
    private static boolean isUtf8(byte[] head) {
        int end = head.length;
        if (end == SNIFF_BYTES) { // the sample may end inside a character
            while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            end = end > 0 ? end - 1 : 0;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static char separator(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char[] candidates = {',', ';', '\t'};
        long[] counts = new long[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            char c = candidates[i];
            counts[i] = first.chars().filter(ch -> ch == c).count();
        }
        long best = Arrays.stream(counts).max().orElse(0);
        for (int i = 0; i < candidates.length; i++) {
            if (counts[i] == best && best > 0) {
                return candidates[i];
            }
        }
        return ',';
    }
}
