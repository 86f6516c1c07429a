package org.jointplan.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Confidence;
import org.jointplan.domain.Direction;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ActionLine;
import org.jointplan.domain.ReportPosition.ExceptionEntry;
import org.jointplan.domain.ReportPosition.MilestoneSlip;
import org.jointplan.domain.ReportPosition.PriorityLine;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.Status;

/**
 * The report data as JSON, in the format of docs/report-format.md: the plan as at a date for scripts and for the
 * documents later made from it. Written field by field so that the format is ours, not the records' shape; new
 * sections (measures, through {@link MeasureJson}) are added as new fields, and {@link #FORMAT_VERSION} changes only when a field changes meaning.
 */
public final class ReportJson {
    public static final String FORMAT = "jointplan-report";
    public static final int FORMAT_VERSION = 1;

    private ReportJson() {
    }

    public static byte[] bytes(ReportPosition position) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(position, out);
        return out.toByteArray();
    }

    public static void write(ReportPosition position, OutputStream out) {
        try (JsonGenerator g = PlanJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            new Writer(g, position).report();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be written.", e);
        }
    }

    /** Writes one report: keeps the generator and the key that labels every status. */
    private static final class Writer {
        private final JsonGenerator g;
        private final ReportPosition position;
        private final BragKey key;

        Writer(JsonGenerator g, ReportPosition position) {
            this.g = g;
            this.position = position;
            this.key = position.key();
        }

        void report() throws IOException {
            Plan plan = position.plan().plan();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeObjectFieldStart("plan");
            id("id", plan.id());
            g.writeStringField("title", plan.title());
            g.writeStringField("financialYear", plan.financialYear().label());
            g.writeObjectFieldStart("period");
            date("start", plan.start());
            date("end", plan.end());
            g.writeEndObject();
            g.writeEndObject();
            date("asAt", position.asAt());
            g.writeObjectFieldStart("position");
            g.writeStringField("source", position.isFrozen() ? "snapshot" : "live");
            snapshot(position.frozen().orElse(null));
            g.writeEndObject();
            ReportSnapshot previous = position.previous().orElse(null);
            if (previous == null) {
                g.writeNullField("previousSnapshot");
            } else {
                g.writeObjectFieldStart("previousSnapshot");
                snapshot(previous);
                g.writeEndObject();
            }
            bragKey();
            priorities();
            actions();
            exceptions();
            slippedMilestones();
            measures();
            g.writeEndObject();
        }

        /** Each measure as at the report's date, its direction against the figure the previous report gave. */
        private void measures() throws IOException {
            ReportSnapshot previous = position.previous().orElse(null);
            PlanData plan = position.plan();
            g.writeArrayFieldStart("measures");
            for (Measure m : plan.measures()) {
                Double before = previous == null ? null : previous.measures().stream()
                        .filter(p -> p.measureId().equals(m.id())).map(ReportSnapshot.MeasurePosition::value)
                        .findFirst().orElse(null);
                MeasureJson.write(g, MeasureProgress.of(m, plan.measureValues(), position.asAt(), before));
            }
            g.writeEndArray();
        }

        private void snapshot(ReportSnapshot s) throws IOException {
            date("date", s == null ? null : s.asAt());
            g.writeStringField("label", s == null ? "" : s.label());
        }

        private void bragKey() throws IOException {
            g.writeArrayFieldStart("bragKey");
            for (BragKey.Entry e : key.inReadingOrder()) {
                g.writeStartObject();
                g.writeStringField("status", e.status().code());
                g.writeStringField("colour", e.colour());
                g.writeStringField("label", e.label());
                g.writeStringField("meaning", e.meaning());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void priorities() throws IOException {
            g.writeArrayFieldStart("priorities");
            for (PriorityLine p : position.priorities()) {
                g.writeStartObject();
                id("id", p.id());
                g.writeStringField("name", p.name());
                g.writeNumberField("actions", p.summary().total());
                g.writeObjectFieldStart("counts");
                for (BragKey.Entry e : key.inReadingOrder()) {
                    g.writeNumberField(e.status().code(), p.summary().count(e.status()));
                }
                g.writeEndObject();
                g.writeNumberField("overdue", p.summary().overdue());
                status("rating", p.rating());
                g.writeBooleanField("overridden", p.overridden());
                g.writeStringField("overrideReason", p.overrideReason());
                confidence(p.confidence());
                direction(p.direction());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void actions() throws IOException {
            g.writeArrayFieldStart("actions");
            for (ActionLine a : position.actions()) {
                g.writeStartObject();
                id("id", a.id());
                id("priorityId", a.priorityId());
                g.writeStringField("title", a.title());
                status("status", a.status());
                g.writeNumberField("percentComplete", a.percentComplete());
                date("start", a.start());
                date("due", a.due());
                date("baselineStart", a.baselineStart());
                date("baselineDue", a.baselineDue());
                direction(a.direction());
                g.writeStringField("statusReason", a.statusReason());
                g.writeStringField("correctiveAction", a.correctiveAction());
                g.writeBooleanField("overdue", a.overdue());
                g.writeBooleanField("slipped", a.slipped());
                g.writeBooleanField("slippedSinceLastReport", a.slippedSinceLastReport());
                g.writeStringField("decisionNeeded", a.decisionNeeded());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void exceptions() throws IOException {
            g.writeArrayFieldStart("exceptions");
            for (ExceptionEntry e : position.exceptions()) {
                g.writeStartObject();
                g.writeStringField("kind", code(e.kind()));
                g.writeArrayFieldStart("kinds");
                Set<ExceptionEntry.Kind> kinds = e.milestoneId() != null ? Set.of(e.kind())
                        : position.kinds(e.actionId());
                for (ExceptionEntry.Kind k : kinds) {
                    g.writeString(code(k));
                }
                g.writeEndArray();
                id("priorityId", e.priorityId());
                id("actionId", e.actionId());
                id("milestoneId", e.milestoneId());
                g.writeStringField("title", e.title());
                status("status", e.status());
                g.writeStringField("reason", e.reason());
                g.writeStringField("correctiveAction", e.correctiveAction());
                date("date", e.date());
                date("previousDate", e.previousDate());
                g.writeStringField("decisionNeeded", e.decisionNeeded());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void slippedMilestones() throws IOException {
            g.writeArrayFieldStart("slippedMilestones");
            for (MilestoneSlip s : position.slippedMilestones()) {
                g.writeStartObject();
                id("id", s.milestoneId());
                id("actionId", s.actionId());
                id("priorityId", s.priorityId());
                g.writeStringField("title", s.title());
                date("from", s.from());
                date("to", s.to());
                date("baseline", s.baseline());
                g.writeBooleanField("sinceLastReport", s.sinceLastReport());
                g.writeBooleanField("againstBaseline", s.againstBaseline());
                g.writeStringField("reason", s.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void status(String field, Status s) throws IOException {
            if (s == null) {
                g.writeNullField(field);
                return;
            }
            g.writeObjectFieldStart(field);
            g.writeStringField("code", s.code());
            g.writeStringField("colour", s.bragColour());
            g.writeStringField("label", key.label(s));
            g.writeEndObject();
        }

        private void confidence(Confidence c) throws IOException {
            if (c == null) {
                g.writeNullField("confidence");
                return;
            }
            g.writeObjectFieldStart("confidence");
            g.writeStringField("code", c.code());
            g.writeStringField("colour", c.colour());
            g.writeStringField("label", c.label());
            g.writeEndObject();
        }

        private void direction(Direction d) throws IOException {
            g.writeObjectFieldStart("direction");
            g.writeStringField("code", d.name().toLowerCase(Locale.ROOT));
            g.writeStringField("label", d.label());
            g.writeStringField("arrow", d.arrow());
            g.writeEndObject();
        }

        private void id(String field, UUID id) throws IOException {
            if (id == null) {
                g.writeNullField(field);
            } else {
                g.writeStringField(field, id.toString());
            }
        }

        private void date(String field, LocalDate date) throws IOException {
            if (date == null) {
                g.writeNullField(field);
            } else {
                g.writeStringField(field, date.toString());
            }
        }

        private static String code(ExceptionEntry.Kind kind) {
            return kind.name().toLowerCase(Locale.ROOT);
        }
    }
}
