package org.jointplan.sheet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The mapping and answers files (docs/spreadsheet-import.md): small JSON documents a person or a script writes, read
 * with tight limits so that a wrong file is refused in one sentence.
 */
public final class SheetJson {
    private static final long MAX_FILE_BYTES = 1_000_000;
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20)
                            .maxStringLength(100_000).maxNumberLength(50).maxNameLength(100)
                            .maxDocumentLength(MAX_FILE_BYTES).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SheetJson() {
    }

    public static SheetMapping readMapping(Path file) {
        return read(file, SheetMapping.class, "mapping");
    }

    public static SheetAnswers readAnswers(Path file) {
        return read(file, SheetAnswers.class, "answers");
    }

    public static SheetMapping parseMapping(String json) {
        return parse(json, SheetMapping.class, "mapping");
    }

    public static String write(SheetMapping mapping) {
        return text(mapping);
    }

    public static String write(SheetAnswers answers) {
        return text(answers);
    }

    private static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(Path file, Class<T> type, String what) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new SheetException("The " + what + " file " + file.getFileName() + " is larger than a "
                        + what + " file can be; check that it is the right file.");
            }
            return parse(Files.readString(file), type, what);
        } catch (IOException e) {
            throw new SheetException("The " + what + " file " + file.getFileName() + " cannot be read; check that it"
                    + " exists and that you may open it.", e);
        }
    }

    private static <T> T parse(String json, Class<T> type, String what) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new SheetException("The " + what + " file is empty; see docs/spreadsheet-import.md for its"
                        + " form.");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SheetException("The " + what + " file is not in the form docs/spreadsheet-import.md gives"
                    + " (" + firstLine(e) + ").", e);
        }
    }

    private static String firstLine(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        m = m == null ? "" : m.lines().findFirst().orElse("");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
