package org.jointplan.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.jointplan.domain.Direction;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.MeasureValue;

/** One measure of the report data (docs/report-format.md, "measures"): where it stands, and its SPC chart. */
final class MeasureJson {
    private MeasureJson() {
    }

    static void write(JsonGenerator g, MeasureProgress progress) throws IOException {
        Measure m = progress.measure();
        g.writeStartObject();
        g.writeStringField("id", m.id().toString());
        g.writeStringField("name", m.name());
        if (m.priorityId() == null) {
            g.writeNullField("priorityId");
        } else {
            g.writeStringField("priorityId", m.priorityId().toString());
        }
        g.writeStringField("unit", m.unit());
        g.writeNumberField("decimals", m.decimals());
        g.writeObjectFieldStart("better");
        g.writeStringField("code", m.better().code());
        g.writeStringField("label", m.better().label());
        g.writeEndObject();
        g.writeStringField("frequency", m.frequency().code());
        latest(g, m, progress.latest());
        SpcJson.number(g, "target", progress.target());
        SpcJson.number(g, "trajectory", progress.trajectory());
        g.writeObjectFieldStart("status");
        g.writeStringField("code", progress.status().code());
        g.writeStringField("label", progress.status().label());
        g.writeStringField("symbol", progress.status().symbol());
        g.writeEndObject();
        Direction d = progress.direction();
        if (d == null) {
            g.writeNullField("direction");
        } else {
            g.writeObjectFieldStart("direction");
            g.writeStringField("code", d.name().toLowerCase(Locale.ROOT));
            g.writeStringField("label", d.label());
            g.writeStringField("arrow", d.arrow());
            g.writeEndObject();
        }
        if (progress.spc() == null) {
            g.writeNullField("spc");
        } else {
            g.writeObjectFieldStart("spc");
            SpcJson.fields(g, progress);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void latest(JsonGenerator g, Measure m, MeasureValue latest) throws IOException {
        if (latest == null) {
            g.writeNullField("latest");
            return;
        }
        MeasurePeriod period = m.period(latest.date());
        g.writeObjectFieldStart("latest");
        g.writeObjectFieldStart("period");
        g.writeStringField("code", period.code());
        g.writeStringField("label", period.label());
        g.writeStringField("start", period.start().toString());
        g.writeStringField("end", period.end().toString());
        g.writeEndObject();
        g.writeNumberField("value", latest.actual());
        g.writeStringField("formatted", m.format(latest.actual()));
        g.writeStringField("published", m.published(latest.actual()));
        g.writeBooleanField("suppressed", m.suppressed(latest.actual()));
        g.writeStringField("note", latest.note());
        g.writeEndObject();
    }
}
