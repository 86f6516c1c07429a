package org.jointplan.bundle.merge;

import java.util.Map;

/** Record field names in the words a commissioning officer uses. */
final class Fields {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("start", "start date"), Map.entry("due", "due date"),
            Map.entry("percentComplete", "percent complete"), Map.entry("priorityId", "priority"),
            Map.entry("otherPriorityIds", "other priorities"), Map.entry("leadPartnerId", "lead partner"),
            Map.entry("statusReason", "reason for the rating"), Map.entry("baselineDate", "baseline date"),
            Map.entry("revisionReason", "reason for moving"), Map.entry("leadOfficer", "lead officer"),
            Map.entry("shortName", "short name"), Map.entry("higherIsBetter", "direction"),
            Map.entry("targetDate", "target date"), Map.entry("financialYear", "financial year"),
            Map.entry("governanceGroups", "governance groups"), Map.entry("beforeActionId", "earlier action"),
            Map.entry("afterActionId", "later action"), Map.entry("actionId", "action"),
            Map.entry("measureId", "measure"), Map.entry("order", "position"), Map.entry("notes", "private notes"));

    private Fields() {
    }

    static String describe(String field) {
        return WORDS.getOrDefault(field, field);
    }
}
