package org.jointplan.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header words trackers use, and the field each suggests. An exact header ("Target date") ranks above a header
 * that only contains a telling word ("Revised target date (Q2)"); among exact ones, earlier in its list ranks
 * higher, so when two columns suggest one field the better-named keeps it.
 */
final class HeaderWords {
    /** A suggested field and how sure the suggestion is (lower is surer). */
    record Suggestion(SheetField field, int rank) {
    }

    private static final int CONTAINS = 1000;
    private static final Map<String, Suggestion> EXACT = new LinkedHashMap<>();

    static {
        exact(SheetField.REFERENCE, "ref", "ref no", "reference", "action ref", "action reference", "ref number",
                "reference number", "no", "number", "id", "action id", "action no", "action number", "item",
                "item no", "#");
        exact(SheetField.PRIORITY, "priority", "priority area", "strategic priority", "commissioning priority",
                "joint commissioning priority", "theme", "workstream", "work stream", "priority name", "area",
                "objective", "strategic objective", "priority theme");
        exact(SheetField.TITLE, "action", "actions", "action title", "title", "task", "activity", "key action",
                "key actions", "what will we do", "what we will do", "action required", "actions required",
                "deliverable", "deliverables", "milestone", "milestones", "action description",
                "action milestone", "action milestones", "what");
        exact(SheetField.DESCRIPTION, "description", "details", "detail", "action detail", "action details",
                "further detail", "further details", "how", "how will we do it", "how we will do it");
        exact(SheetField.LEAD_PARTNER, "lead organisation", "lead organization", "lead org", "organisation",
                "organization", "lead agency", "agency", "lead partner", "partner", "lead body",
                "responsible organisation", "partner organisation", "organisation responsible", "lead organisations");
        exact(SheetField.OWNER, "lead officer", "owner", "action owner", "officer", "lead person",
                "responsible officer", "responsible person", "responsible", "lead", "named lead",
                "accountable officer", "lead contact", "who", "by whom", "lead officers", "owners");
        exact(SheetField.START, "start", "start date", "planned start", "planned start date", "from",
                "date started", "commencement", "commencement date", "begin", "start by", "starts");
        exact(SheetField.DUE, "revised target date", "revised due date", "revised deadline", "due", "due date",
                "target date", "target", "deadline", "end", "end date", "completion date",
                "target completion date", "target completion", "timescale", "timescales", "timeframe", "by when",
                "date due", "finish", "finish date", "planned end", "planned end date", "planned completion",
                "when", "delivery date", "target end date", "due by", "complete by");
        exact(SheetField.STATUS, "rag", "rag status", "brag", "brag status", "rag rating", "brag rating",
                "current rag", "overall rag", "rag rating current", "current rag status", "status", "rating",
                "delivery status", "current status", "progress rag", "rag progress", "status rag", "rag brag");
        exact(SheetField.PERCENT_COMPLETE, "% complete", "percent complete", "percentage complete", "% progress",
                "progress %", "% completed", "complete %", "completion %", "% done", "percentage", "% complete to date",
                "percent", "% achieved");
        exact(SheetField.STATUS_REASON, "update commentary", "update", "commentary", "comments", "comment",
                "progress update", "latest update", "progress commentary", "progress", "current position",
                "position statement", "update on progress", "narrative", "rag reason", "reason for rag",
                "reason for status", "reason", "progress to date", "update on action", "updates", "rag rationale",
                "rationale for rag");
        exact(SheetField.RISKS, "risks issues", "risks and issues", "issues risks", "risks", "issues", "risk",
                "barriers", "risks and barriers", "issues and risks", "risk issue");
        exact(SheetField.CORRECTIVE_ACTION, "mitigation", "mitigations", "mitigating actions", "mitigating action",
                "corrective action", "corrective actions", "actions to address", "remedial action", "next steps",
                "recovery action", "recovery actions", "mitigation actions");
        exact(SheetField.DECISION_NEEDED, "decision needed", "decision required", "decisions required",
                "decisions needed", "escalation", "escalate", "for escalation", "support needed",
                "escalation required");
    }

    private HeaderWords() {
    }

    private static void exact(SheetField field, String... headers) {
        for (int i = 0; i < headers.length; i++) {
            EXACT.putIfAbsent(headers[i], new Suggestion(field, i));
        }
    }

    /** The header as compared: lower case, "&" as "and", punctuation as single spaces ("%" and "#" kept). */
    static String normal(String header) {
        String h = header.toLowerCase(Locale.UK).replace("&", " and ").replaceAll("[^a-z0-9%#]+", " ").strip();
        return h.replaceAll("\\s+", " ");
    }

    /** The field the header suggests, if any. */
    static Suggestion suggest(String header) {
        String h = normal(header);
        if (h.isEmpty()) {
            return null;
        }
        Suggestion exact = EXACT.get(h);
        if (exact != null) {
            return exact;
        }
        SheetField field = containing(h);
        return field == null ? null : new Suggestion(field, CONTAINS + (h.contains("revised") ? 0 : 1)
                + (h.contains("original") || h.contains("previous") || h.contains("baseline") ? 10 : 0));
    }

    private static SheetField containing(String h) {
        List<String> words = List.of(h.split(" "));
        if (h.contains("%") || h.contains("percent")) {
            return SheetField.PERCENT_COMPLETE;
        }
        if (words.get(0).startsWith("ref")) {
            return SheetField.REFERENCE;
        }
        if (words.contains("rag") || words.contains("brag")) {
            return SheetField.STATUS;
        }
        if (words.contains("start")) {
            return SheetField.START;
        }
        if (words.contains("target") || words.contains("due") || words.contains("deadline")
                || words.contains("timescale") || words.contains("timescales") || h.contains("completion date")
                || h.contains("end date")) {
            return SheetField.DUE;
        }
        if (words.stream().anyMatch(w -> w.startsWith("organi") || w.equals("agency") || w.equals("partner"))) {
            return SheetField.LEAD_PARTNER;
        }
        if (words.contains("officer") || words.contains("owner") || words.contains("lead")) {
            return SheetField.OWNER;
        }
        if (words.stream().anyMatch(w -> w.startsWith("mitigat")) || h.contains("corrective")) {
            return SheetField.CORRECTIVE_ACTION;
        }
        if (words.stream().anyMatch(w -> w.startsWith("risk") || w.startsWith("issue"))) {
            return SheetField.RISKS;
        }
        if (words.stream().anyMatch(w -> w.startsWith("comment") || w.startsWith("update") || w.equals("progress"))) {
            return SheetField.STATUS_REASON;
        }
        if (words.stream().anyMatch(w -> w.startsWith("decision") || w.startsWith("escalat"))) {
            return SheetField.DECISION_NEEDED;
        }
        if (words.contains("status")) {
            return SheetField.STATUS;
        }
        if (words.contains("priority") || words.contains("theme") || words.contains("workstream")) {
            return SheetField.PRIORITY;
        }
        if (words.stream().anyMatch(w -> w.startsWith("descri") || w.startsWith("detail"))) {
            return SheetField.DESCRIPTION;
        }
        if (words.contains("action") || words.contains("actions") || words.contains("task")) {
            return SheetField.TITLE;
        }
        return null;
    }
}
