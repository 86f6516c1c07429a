package org.jointplan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.service.MeasureReports;

/** A plan's measures as plain lines: those of the whole plan first, then each priority's, in the plan's order. */
final class MeasureListing {
    private MeasureListing() {
    }

    static List<String> lines(PlanData data, LocalDate today) {
        List<String> lines = new ArrayList<>();
        lines.add("Plan " + data.plan().title() + " (" + data.plan().financialYear().label() + ")  id "
                + data.plan().id());
        section(lines, "  Whole plan", data, null, today);
        for (Priority priority : data.priorities()) {
            section(lines, "  " + priority.order() + ". " + priority.name() + "  id " + priority.id(), data,
                    priority.id(), today);
        }
        if (data.measures().isEmpty()) {
            lines.add("  No measures yet: add one with measure add.");
        }
        return lines;
    }

    private static void section(List<String> lines, String heading, PlanData data, UUID priorityId,
                                LocalDate today) {
        List<Measure> measures = data.measures().stream().filter(m -> Objects.equals(m.priorityId(), priorityId))
                .toList();
        if (measures.isEmpty()) {
            return;
        }
        lines.add(heading);
        for (Measure m : measures) {
            lines.add("    " + describe(MeasureReports.progress(data, m.id(), today)) + "  id " + m.id());
        }
    }

    /** "% of new EHC plans…: 36.6% (Jul 2024), target 40.0%, ✗ Off trajectory; monthly, higher is better". */
    private static String describe(MeasureProgress p) {
        Measure m = p.measure();
        StringBuilder line = new StringBuilder(m.name()).append(": ");
        if (p.latest() == null) {
            line.append("no figures yet");
        } else {
            line.append(m.published(p.latest().actual())).append(" (").append(p.latestPeriod().label()).append(')');
        }
        if (p.target() != null) {
            line.append(", target ").append(m.format(p.target()));
        } else if (m.finalTarget() != null) {
            line.append(", target ").append(m.format(m.finalTarget().value()));
        }
        line.append(", ").append(p.status().describe()).append("; ").append(m.frequency().code()).append(", ")
                .append(m.better().label().toLowerCase(java.util.Locale.ROOT));
        return line.toString();
    }
}
