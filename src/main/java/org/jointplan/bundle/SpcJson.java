package org.jointplan.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.spc.AssuranceIcon;
import org.jointplan.domain.spc.SpcPeriod;
import org.jointplan.domain.spc.SpcPoint;
import org.jointplan.domain.spc.SpcResult;
import org.jointplan.domain.spc.SpcRule;
import org.jointplan.domain.spc.XmrChart;

/**
 * A measure's SPC chart as JSON (docs/report-format.md, "SPC"): the document {@code measure spc --format json}
 * prints, and the {@code spc} object of each measure in the report data, which has the same shape.
 */
public final class SpcJson {
    public static final String FORMAT = "jointplan-spc";
    public static final int FORMAT_VERSION = 1;
    /** The package's own warning, in our words: its threshold is the same. */
    public static final String SHORT_WARNING = "Fewer than " + XmrChart.RELIABLE_POINTS + " points since the start"
            + " or the last rebase: these are trial limits, which become more reliable as figures are added.";

    private SpcJson() {
    }

    /** The whole document for one measure with figures as at a date. */
    public static byte[] bytes(MeasureProgress progress, LocalDate asAt) {
        if (progress.spc() == null) {
            throw new IllegalArgumentException("A measure without figures has no SPC chart.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator g = PlanJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("asAt", asAt.toString());
            Measure m = progress.measure();
            g.writeObjectFieldStart("measure");
            g.writeStringField("id", m.id().toString());
            g.writeStringField("name", m.name());
            g.writeStringField("unit", m.unit());
            g.writeNumberField("decimals", m.decimals());
            g.writeObjectFieldStart("better");
            g.writeStringField("code", m.better().code());
            g.writeStringField("label", m.better().label());
            g.writeEndObject();
            g.writeStringField("frequency", m.frequency().code());
            number(g, "target", progress.target());
            g.writeEndObject();
            fields(g, progress);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("The SPC chart could not be written.", e);
        }
        return out.toByteArray();
    }

    /** Writes the chart's fields into the object the generator is in: mean, limits, phases, points and icons. */
    static void fields(JsonGenerator g, MeasureProgress progress) throws IOException {
        SpcResult spc = progress.spc();
        Measure measure = progress.measure();
        List<MeasureValue> values = progress.actuals();
        SpcPeriod last = spc.periods().get(spc.periods().size() - 1);
        g.writeNumberField("mean", last.mean());
        number(g, "lowerLimit", last.lowerLimit());
        number(g, "upperLimit", last.upperLimit());
        g.writeArrayFieldStart("rebasedAfter");
        for (LocalDate after : measure.rebaseAfter()) {
            g.writeString(measure.period(after).code());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("phases");
        for (SpcPeriod p : spc.periods()) {
            g.writeStartObject();
            g.writeStringField("from", measure.period(values.get(p.first()).date()).code());
            g.writeStringField("to", measure.period(values.get(p.last()).date()).code());
            g.writeNumberField("points", p.size());
            g.writeNumberField("mean", p.mean());
            number(g, "lowerLimit", p.lowerLimit());
            number(g, "upperLimit", p.upperLimit());
            g.writeBooleanField("trialLimits", p.shortWarning());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("points");
        for (SpcPoint p : spc.points()) {
            point(g, measure, values.get(p.index()), p);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("variation");
        g.writeStringField("code", spc.variation().code());
        g.writeStringField("label", spc.variation().label());
        g.writeEndObject();
        AssuranceIcon assurance = spc.assurance();
        if (assurance == null) {
            g.writeNullField("assurance");
        } else {
            g.writeObjectFieldStart("assurance");
            g.writeStringField("code", assurance.code());
            g.writeStringField("label", assurance.label());
            g.writeEndObject();
        }
        if (spc.hasShortPeriod()) {
            g.writeStringField("warning", SHORT_WARNING);
        } else {
            g.writeNullField("warning");
        }
    }

    private static void point(JsonGenerator g, Measure measure, MeasureValue value, SpcPoint p) throws IOException {
        g.writeStartObject();
        g.writeStringField("period", measure.period(value.date()).code());
        g.writeStringField("label", measure.period(value.date()).label());
        g.writeNumberField("value", p.value());
        g.writeNumberField("phase", p.period());
        g.writeNumberField("mean", p.mean());
        number(g, "lowerLimit", p.lowerLimit());
        number(g, "upperLimit", p.upperLimit());
        number(g, "lowerTwoSigma", p.lowerTwoSigma());
        number(g, "upperTwoSigma", p.upperTwoSigma());
        g.writeStringField("classification", p.type().code());
        if (p.cause() == null) {
            g.writeNullField("cause");
            g.writeNullField("side");
        } else {
            g.writeStringField("cause", p.cause().code());
            g.writeStringField("side", p.side() > 0 ? "high" : "low");
        }
        g.writeArrayFieldStart("rules");
        for (SpcRule rule : SpcRule.values()) { // in the order of precedence
            if (p.rules().contains(rule)) {
                g.writeString(rule.code());
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void number(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
