package org.jointplan.bundle.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jointplan.domain.Action;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Priority;

/**
 * Record field names in the words a commissioning officer uses, and the fields that must move together. A record's
 * rules tie some fields to each other (complete ⇔ 100%, start not after due): taking a partner's value for one of
 * them and keeping mine for the other could make a record the rules refuse, so such fields are one difference,
 * accepted or rejected as a whole. Their name is the members' names joined by {@value #JOIN}.
 */
final class Fields {
    static final String JOIN = "+";
    private static final Map<Class<?>, List<List<String>>> TOGETHER = Map.of(
            Action.class, List.of(List.of("status", "percentComplete"), List.of("start", "due")),
            Milestone.class, List.of(List.of("actionId", "priorityId")),
            Priority.class, List.of(List.of("ratingOverride", "overrideReason")),
            Dependency.class, List.of(List.of("beforeActionId", "afterActionId")),
            MeasureValue.class, List.of(List.of("actual", "trajectory")),
            Measure.class, List.of(List.of("baselineValue", "baselineDate")));
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("start", "start date"), Map.entry("due", "due date"),
            Map.entry("percentComplete", "percent complete"), Map.entry("priorityId", "priority"),
            Map.entry("otherPriorityIds", "other priorities"), Map.entry("leadPartnerId", "lead partner"),
            Map.entry("statusReason", "reason for the rating"), Map.entry("baselineDate", "baseline date"),
            Map.entry("revisionReason", "reason for moving"), Map.entry("leadOfficer", "lead officer"),
            Map.entry("shortName", "short name"), Map.entry("better", "way that is better"),
            Map.entry("targets", "targets"), Map.entry("baselineValue", "baseline value"),
            Map.entry("suppressBelow", "small-number threshold"), Map.entry("rebaseAfter", "rebase points"),
            Map.entry("frequency", "frequency"), Map.entry("decimals", "decimal places"),
            Map.entry("note", "note"), Map.entry("financialYear", "financial year"),
            Map.entry("governanceGroups", "governance groups"), Map.entry("beforeActionId", "earlier action"),
            Map.entry("afterActionId", "later action"), Map.entry("actionId", "action"),
            Map.entry("measureId", "measure"), Map.entry("order", "position"), Map.entry("notes", "private notes"),
            Map.entry("baselineStart", "baseline start"), Map.entry("baselineDue", "baseline due date"),
            Map.entry("correctiveAction", "corrective action"), Map.entry("decisionNeeded", "decision needed"),
            Map.entry("ratingOverride", "overridden rating"), Map.entry("overrideReason", "reason for overriding"),
            Map.entry("bragKey", "BRAG key"), Map.entry("confidence", "confidence in the outcome"),
            Map.entry("asAt", "as-at date"), Map.entry("milestoneId", "milestone"), Map.entry("from", "old date"),
            Map.entry("to", "new date"), Map.entry("reason", "reason"));

    private Fields() {
    }

    /** "status+percentComplete" reads "status and percent complete". */
    static String describe(String field) {
        return Arrays.stream(field.split("\\" + JOIN)).map(f -> WORDS.getOrDefault(f, f))
                .collect(Collectors.joining(" and "));
    }

    /** The record's fields with those that must move together made one, where the first of them stood. */
    static Map<String, Object> grouped(Class<?> kind, Map<String, Object> fields) {
        Map<String, Object> grouped = new LinkedHashMap<>(fields);
        for (List<String> together : TOGETHER.getOrDefault(kind, List.of())) {
            Map<String, Object> result = new LinkedHashMap<>();
            List<Object> values = new ArrayList<>();
            for (String name : together) {
                values.add(grouped.get(name));
            }
            for (var field : grouped.entrySet()) {
                if (field.getKey().equals(together.get(0))) {
                    result.put(String.join(JOIN, together), new FieldGroup(values));
                } else if (!together.contains(field.getKey())) {
                    result.put(field.getKey(), field.getValue());
                }
            }
            grouped = result;
        }
        return grouped;
    }

    /** The fields by their own names: a group's values given back to its members. */
    static Map<String, Object> ungrouped(Map<String, Object> fields) {
        Map<String, Object> plain = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value instanceof FieldGroup group) {
                String[] names = name.split("\\" + JOIN);
                for (int i = 0; i < names.length; i++) {
                    plain.put(names[i], group.get(i));
                }
            } else {
                plain.put(name, value);
            }
        });
        return plain;
    }
}
