package org.jointplan.bundle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jointplan.chart.StatusColours;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Direction;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Status;
import org.jointplan.domain.StatusSummary;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;

/**
 * summary.html: the plan as one self-contained page (no scripts, no links out) that anyone can open in a browser.
 * The plan's BRAG key with its meanings, counts by status, then each priority (its overall rating and direction of
 * travel) with its actions and milestones, then the measures. Dates are
 * UK dates. Every text from the plan is escaped, and private notes are left out on purpose.
 */
final class SummaryHtml {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final List<Status> KEY_ORDER = List.of(Status.COMPLETE, Status.ON_TRACK, Status.AT_RISK,
            Status.OFF_TRACK, Status.NOT_STARTED);
    private static final String STYLE = "body{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.4;"
            + "color:#1b1f24;max-width:1200px;margin:1.5em auto;padding:0 1em}"
            + "table{border-collapse:collapse;margin:.4em 0 1.4em;width:100%}"
            + "th,td{border:1px solid #c9ced4;padding:.3em .5em;text-align:left;vertical-align:top}"
            + "th{background:#eef1f4}.n{text-align:right}.s{font-weight:bold;white-space:nowrap}"
            + ".key td{width:auto}" + statusStyles();

    private final StringBuilder html = new StringBuilder(64 * 1024);

    /** Each status cell in the one palette's fill, with the words that read on it (dark on amber). */
    private static String statusStyles() {
        StringBuilder css = new StringBuilder();
        for (Status s : KEY_ORDER) {
            css.append(".s-").append(s.code()).append("{background:").append(StatusColours.of(s).hex())
                    .append(";color:").append(StatusColours.textOn(s).hex()).append('}');
        }
        return css.toString();
    }
    private final PlanData data;
    private final LocalDate today;
    private final BragKey key;
    /** The position as at the day of export, for ratings and directions of travel; null when none can be made. */
    private final ReportPosition position;

    private SummaryHtml(PlanData data, LocalDate today) {
        this.data = data;
        this.today = today;
        this.key = data.plan().bragKey();
        this.position = positionAt(data, today);
    }

    private static ReportPosition positionAt(PlanData data, LocalDate day) {
        try {
            return ReportPosition.of(data, day);
        } catch (ValidationException noEarlierReport) {
            return null; // every snapshot is after the day (a clock set wrong): the summary goes without directions
        }
    }

    static String html(PlanData data, ExportDetails details) {
        var at = details.exportedAt().atZone(ExportDetails.UK);
        SummaryHtml page = new SummaryHtml(data, at.toLocalDate());
        page.write(details, UkDates.prose(at.toLocalDate()) + " at " + TIME.format(at));
        return page.html.toString();
    }

    private void write(ExportDetails details, String when) {
        var plan = data.plan();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(plan.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        tag("h1", plan.title());
        tag("p", join(plan.strategy(), "Financial year " + plan.financialYear().label(),
                UkDates.prose(plan.start()) + " to " + UkDates.prose(plan.end())));
        tag("p", "Partners: " + String.join("; ", data.partners().stream().map(Partner::name).toList()));
        tag("p", "Exported on " + when + " by " + details.who() + " with JointPlan " + details.applicationVersion()
                + ". This page is a read-only summary; open the package in JointPlan to work on the plan.");
        key();
        counts();
        data.priorities().stream().sorted(Comparator.comparingInt(Priority::order)).forEach(this::priority);
        measures();
        html.append("</body></html>\n");
    }

    private void key() {
        tag("h2", "Key");
        html.append("<table class=\"key\"><tr><th>Colour</th><th>Status</th><th>Meaning</th></tr>\n");
        for (BragKey.Entry e : key.inReadingOrder()) {
            html.append("<tr>").append(statusCell(e.status(), e.colour())).append("<td>").append(esc(e.label()))
                    .append("</td><td>").append(esc(e.meaning().isEmpty() ? meaning(e.status()) : e.meaning()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        tag("p", "Direction of travel, against the previous report: " + String.join(", ",
                java.util.Arrays.stream(Direction.values()).map(Direction::describe).toList()) + ".");
    }

    private void counts() {
        StatusSummary all = StatusSummary.of(data.actions(), today);
        tag("h2", "Actions by status");
        html.append("<table><tr><th>Status</th><th class=\"n\">Actions</th></tr>\n");
        for (Status s : KEY_ORDER) {
            html.append("<tr>").append(statusCell(s, key.label(s))).append(num(all.count(s))).append("</tr>\n");
        }
        html.append("<tr><th>All actions</th>").append(num(all.total())).append("</tr>\n<tr><td>Overdue</td>")
                .append(num(all.overdue())).append("</tr></table>\n");
    }

    private void priority(Priority p) {
        List<Action> actions = data.actionsOf(p.id()).stream()
                .sorted(Comparator.comparing(Action::start).thenComparing(Action::title)).toList();
        tag("h2", p.order() + ". " + p.name() + (p.retired() ? " (retired)" : ""));
        String leadPartner = p.leadPartnerId() == null ? "" : data.partner(p.leadPartnerId()).map(Partner::name)
                .orElse("");
        String lead = withOrganisation(p.leadOfficer(), leadPartner);
        tag("p", (lead.isEmpty() ? "" : "Lead: " + lead + ". ") + StatusSummary.of(actions, today).describe(key) + ".");
        rating(p);
        if (!p.rationale().isEmpty()) {
            tag("p", p.rationale());
        }
        html.append("<table><tr><th>Action</th><th>Lead</th><th>Start</th><th>Due</th><th>Status</th>")
                .append("<th>Direction</th><th class=\"n\">Done</th><th>Reason for the rating</th></tr>\n");
        for (Action a : actions) {
            String partner = a.leadPartnerId() == null ? ""
                    : data.partner(a.leadPartnerId()).map(Partner::shortName).orElse("");
            html.append("<tr><td>").append(esc(a.title()));
            if (!a.description().isEmpty()) {
                html.append("<br>").append(esc(a.description()));
            }
            html.append("</td>").append(cell(withOrganisation(a.owner(), partner)))
                    .append(cell(UkDates.numeric(a.start())))
                    .append(cell(UkDates.numeric(a.due()) + (a.isOverdue(today) ? " (overdue)" : "")))
                    .append(statusCell(a.status(), a.status().symbol() + " " + key.label(a.status())))
                    .append(cell(direction(a)))
                    .append("<td class=\"n\">").append(a.percentComplete()).append("%</td>")
                    .append(cell(a.statusReason()))
                    .append("</tr>\n");
        }
        html.append("</table>\n");
        milestones(p, actions);
    }

    /** "Overall rating: At risk (overridden: reason) · Confidence: Medium · ↓ Worse". */
    private void rating(Priority p) {
        if (position == null) {
            return;
        }
        position.priority(p.id()).ifPresent(line -> {
            StringBuilder text = new StringBuilder("Overall rating: ").append(key.label(line.rating()));
            if (line.overridden()) {
                text.append(" (overridden").append(line.overrideReason().isEmpty() ? ")"
                        : ": " + line.overrideReason() + ")");
            }
            if (line.confidence() != null) {
                text.append("  ·  Confidence in the outcome: ").append(line.confidence().label());
            }
            text.append("  ·  Direction of travel: ").append(line.direction().describe());
            tag("p", text.toString());
        });
    }

    private String direction(Action a) {
        return position == null ? "" : position.action(a.id()).map(l -> l.direction().describe()).orElse("");
    }

    private void milestones(Priority p, List<Action> actions) {
        Map<UUID, Action> byId = new HashMap<>();
        actions.forEach(a -> byId.put(a.id(), a));
        List<Milestone> ms = new ArrayList<>();
        for (Milestone m : data.milestones()) {
            if (p.id().equals(m.priorityId()) || (m.actionId() != null && byId.containsKey(m.actionId()))) {
                ms.add(m);
            }
        }
        if (ms.isEmpty()) {
            return;
        }
        ms.sort(Comparator.comparing(Milestone::date).thenComparing(Milestone::title));
        html.append("<table><tr><th>Milestone</th><th>Agreed date</th><th>Date now</th><th>Why it moved</th>")
                .append("<th>Achieved</th></tr>\n");
        for (Milestone m : ms) {
            html.append("<tr>").append(cell(m.title())).append(cell(UkDates.numeric(m.baselineDate())))
                    .append(cell(UkDates.numeric(m.date()) + (m.hasSlipped() ? " (slipped)" : "")))
                    .append(cell(m.revisionReason())).append(cell(m.achieved() ? "Yes" : "No")).append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void measures() {
        if (data.measures().isEmpty()) {
            return;
        }
        tag("h2", "Measures");
        html.append("<table><tr><th>Measure</th><th>Target</th><th>Latest figure</th><th>Source</th></tr>\n");
        for (Measure m : data.measures()) {
            MeasureValue latest = data.measureValues().stream()
                    .filter(v -> v.measureId().equals(m.id()) && v.actual() != null)
                    .max(Comparator.comparing(MeasureValue::date)).orElse(null);
            Measure.Target last = m.finalTarget();
            String target = last == null ? "" : m.format(last.value())
                    + (last.by() == null ? "" : " by " + UkDates.numeric(last.by()));
            html.append("<tr>").append(cell(m.name())).append(cell(target))
                    .append(cell(latest == null ? "" : m.published(latest.actual()) + " ("
                            + m.period(latest.date()).label() + ")"))
                    .append(cell(m.source())).append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String meaning(Status s) {
        return switch (s) {
            case COMPLETE -> "Finished.";
            case ON_TRACK -> "Going to plan.";
            case AT_RISK -> "Some slippage; at risk of missing its date.";
            case OFF_TRACK -> "Off track; needs escalation.";
            case NOT_STARTED -> "Not started yet, or no data.";
        };
    }

    /** "Jo Bloggs (Nottingham City)", or whichever part is known. */
    private static String withOrganisation(String person, String organisation) {
        if (person.isEmpty() || organisation.isEmpty()) {
            return person + organisation;
        }
        return person + " (" + organisation + ")";
    }

    private static String join(String... parts) {
        return String.join("; ", Arrays.stream(parts).filter(s -> s != null && !s.isEmpty()).toList());
    }

    private void tag(String tag, String text) {
        html.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append(">\n");
    }

    private static String cell(String text) {
        return "<td>" + esc(text) + "</td>";
    }

    private static String num(int n) {
        return "<td class=\"n\">" + n + "</td>";
    }

    private static String statusCell(Status s, String text) {
        return "<td class=\"s s-" + s.code() + "\">" + esc(text) + "</td>";
    }

    /** Every text from the plan passes through here: a title can hold anything, even markup. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
