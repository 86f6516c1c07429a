package org.jointplan.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.jointplan.domain.FinancialYear;

/**
 * The one Jackson configuration for plans as JSON: the embedded sample plan and the plan inside a package use it.
 * Dates are ISO strings, the financial year is "2024/25", unknown fields are refused, and the parser's limits are
 * set explicitly because packages arrive by email.
 */
public final class PlanJson {
    /** Deepest nesting a plan document needs is about 6; anything far deeper is hostile. */
    public static final int MAX_DEPTH = 32;
    public static final int MAX_STRING_LENGTH = 1_000_000;
    public static final int MAX_NUMBER_LENGTH = 40;
    /** Field names are ours and short; a long one is hostile. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The same as the largest package entry: a plan of 10,000 actions is about 8 MB. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = create();

    private PlanJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SimpleModule financialYears = new SimpleModule("financial-year")
                .addSerializer(FinancialYear.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(FinancialYear value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                        gen.writeString(value.label());
                    }
                })
                .addDeserializer(FinancialYear.class, new JsonDeserializer<>() {
                    @Override
                    public FinancialYear deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        return FinancialYear.parse(p.getValueAsString());
                    }
                });
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(financialYears)
                .addModule(new SimpleModule("legacy-measures").setDeserializerModifier(new LegacyMeasureJson()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }
}
