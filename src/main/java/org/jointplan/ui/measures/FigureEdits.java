package org.jointplan.ui.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Change;
import org.jointplan.service.Measures;

/**
 * The edits the values table makes, built from the current plan: a row's figures as typed (where clearing a figure
 * must clear it, which {@link Measures#record} leaves as it was), and which periods a paste or import would replace.
 */
final class FigureEdits {
    private FigureEdits() {
    }

    /** A figure as typed or copied from a spreadsheet: "36.6", "36.6%", "1,234"; blank is none. */
    static Double number(String text) {
        String s = text == null ? "" : text.strip().replace(",", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (!s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                throw new NumberFormatException(s);
            }
            double value = Double.parseDouble(s);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // told below in the user's words
        }
        throw new ValidationException("Write the figure as a number, like 36.6.");
    }

    /** One row of the values table as it now reads; both figures blank removes the period's figures. */
    static Change cell(PlanData plan, UUID measureId, MeasurePeriod period, Double actual, Double trajectory,
                       String note, LocalDate today) {
        MeasureValue old = Measures.valuesOf(plan, measureId).stream()
                .filter(v -> v.date().equals(period.start())).findFirst().orElse(null);
        if (actual == null && trajectory == null) {
            if (old == null) {
                throw new ValidationException("Give an actual or a trajectory figure for " + period.label() + ".");
            }
            return Measures.removeValue(plan, old.id());
        }
        boolean clears = old != null && (actual == null && old.actual() != null
                || trajectory == null && old.trajectory() != null);
        if (!clears) {
            return Measures.record(plan, measureId, List.of(new Measures.Entry(period, actual, trajectory, note)),
                    today, Measures.OnExisting.REPLACE);
        }
        if (actual != null && period.start().isAfter(today)) { // the rule Measures.record keeps for new figures
            throw new ValidationException("An actual figure for " + period.label()
                    + " cannot be recorded before the period begins.");
        }
        return Change.save("Edit " + period.label(), old.withFigures(actual, trajectory, note));
    }

    /** The periods of the entries whose stored actual figure they would replace with a different one. */
    static List<MeasurePeriod> replaced(PlanData plan, UUID measureId, List<Measures.Entry> entries) {
        Map<LocalDate, MeasureValue> stored = Measures.valuesOf(plan, measureId).stream()
                .collect(Collectors.toMap(MeasureValue::date, Function.identity()));
        return entries.stream().filter(e -> {
            MeasureValue old = stored.get(e.period().start());
            return old != null && old.actual() != null && e.actual() != null && !old.actual().equals(e.actual());
        }).map(Measures.Entry::period).sorted().toList();
    }

    /** "Jul 2024, Aug 2024 and Sep 2024" (the first few, then how many more). */
    static String periods(List<MeasurePeriod> periods) {
        List<String> labels = periods.stream().limit(4).map(MeasurePeriod::label).toList();
        String more = periods.size() > 4 ? " and " + (periods.size() - 4) + " more" : "";
        if (labels.size() == 1) {
            return labels.get(0);
        }
        if (more.isEmpty()) {
            return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
        }
        return String.join(", ", labels) + more;
    }
}
