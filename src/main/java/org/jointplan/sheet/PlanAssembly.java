package org.jointplan.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Partner;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.ValidationException;

/**
 * Makes the plan from the answered rows: fresh ids, the caller's stamp, the plan's period from the earliest to the
 * latest date read (the financial year of today when none is), and that period's start or end for an action
 * without a start or due date ("ongoing", "TBC", blank), each said in a note, since an action needs both dates.
 */
final class PlanAssembly {
    /** Whether a sheet has start and due columns at all (without one, a single note says so, not one a row). */
    record SheetDates(String sheet, boolean hasStart, boolean hasDue) {
    }

    private final String source;
    private final SheetRequest request;
    private final List<ImportNote> notes;

    PlanAssembly(String source, SheetRequest request, List<ImportNote> notes) {
        this.source = source;
        this.request = request;
        this.notes = notes;
    }

    IncomingPlan plan(String title, List<ActionDraft> drafts, List<String> priorityNames, Set<ImportedField> carried,
                      List<SheetDates> sheetDates) {
        Stamp stamp = request.stamp();
        DateRange period = period(drafts, stamp);
        UUID planId = UUID.randomUUID();
        Plan plan = new Plan(planId, title, "", period, FinancialYear.of(period.start()), List.of(), BragKey.DEFAULT,
                stamp);
        Map<String, Priority> priorities = new LinkedHashMap<>();
        for (String name : priorityNames) {
            priorities.put(name, new Priority(UUID.randomUUID(), planId, priorities.size() + 1, name, "", "", null, "",
                    false, null, "", null, stamp));
        }
        Map<String, Partner> partners = new LinkedHashMap<>();
        Map<String, SheetDates> datesBySheet = new HashMap<>();
        sheetDates.forEach(s -> datesBySheet.put(s.sheet(), s));
        sheetDates.forEach(s -> missingColumnNotes(s, period));
        List<Action> actions = new ArrayList<>();
        Map<UUID, String> references = new HashMap<>();
        for (ActionDraft d : drafts) {
            SheetDates columns = datesBySheet.get(d.sheet);
            fillDates(d, period, columns);
            try {
                UUID partnerId = d.partner == null ? null : partners.computeIfAbsent(d.partner.toLowerCase(
                        java.util.Locale.UK), k -> new Partner(UUID.randomUUID(), planId, d.partner, "", stamp)).id();
                Action a = new Action(UUID.randomUUID(), planId, priorities.get(d.priority).id(), Set.of(), d.title,
                        d.description, partnerId, d.owner, d.start, d.due, d.status, d.percent, d.reason, "", null,
                        null, d.corrective, d.decision, stamp);
                actions.add(a);
                if (!d.reference.isEmpty()) {
                    references.put(a.id(), d.reference);
                }
            } catch (ValidationException e) {
                notes.add(ImportNote.skipped(d.where(), "The row was not imported: " + e.getMessage()));
            }
        }
        PlanData data = new PlanData(plan, List.copyOf(partners.values()), List.copyOf(priorities.values()), actions,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        PlanRules.requireSound(data);
        return new IncomingPlan(source, data, carried, references, notes);
    }

    private static DateRange period(List<ActionDraft> drafts, Stamp stamp) {
        LocalDate first = null;
        LocalDate last = null;
        for (ActionDraft d : drafts) {
            for (LocalDate day : new LocalDate[] {d.start, d.due}) {
                if (day != null) {
                    first = first == null || day.isBefore(first) ? day : first;
                    last = last == null || day.isAfter(last) ? day : last;
                }
            }
        }
        if (first == null) {
            FinancialYear year = FinancialYear.of(LocalDate.ofInstant(stamp.at(), java.time.ZoneId.systemDefault()));
            return new DateRange(year.start(), year.end());
        }
        return new DateRange(first, last);
    }

    private void missingColumnNotes(SheetDates s, DateRange period) {
        if (!s.hasStart()) {
            notes.add(ImportNote.warning(SheetPlaces.sheet(s.sheet()), "The sheet has no start date column, so each"
                    + " action starts on the plan's start, " + NumberCells.UK.format(period.start())
                    + " (or on its due date, if earlier)."));
        }
        if (!s.hasDue()) {
            notes.add(ImportNote.warning(SheetPlaces.sheet(s.sheet()), "The sheet has no due date column, so each"
                    + " action is due at the plan's end, " + NumberCells.UK.format(period.end()) + "."));
        }
    }

    private void fillDates(ActionDraft d, DateRange period, SheetDates columns) {
        if (d.start == null) {
            d.start = d.due != null && d.due.isBefore(period.start()) ? d.due : period.start();
            if (columns == null || columns.hasStart()) {
                notes.add(ImportNote.warning(d.where(), "No start date was given" + written(d, SheetField.START)
                        + ", so the plan's start, " + NumberCells.UK.format(d.start) + ", is used; change it after"
                        + " import if need be."));
            }
        }
        if (d.due == null) {
            d.due = d.start.isAfter(period.end()) ? d.start : period.end();
            if (columns == null || columns.hasDue()) {
                notes.add(ImportNote.warning(d.where(), "No due date was given" + written(d, SheetField.DUE)
                        + ", so the plan's end, " + NumberCells.UK.format(d.due) + ", is used; change it after"
                        + " import if need be."));
            }
        }
        d.pendingDateCells.replaceAll(c -> new ReadCell(c.cell(), c.field(), c.written(),
                NumberCells.UK.format(c.field() == SheetField.START ? d.start : d.due)));
    }

    private static String written(ActionDraft d, SheetField field) {
        return d.pendingDateCells.stream().filter(c -> c.field() == field && !c.written().isEmpty()).findFirst()
                .map(c -> " ('" + c.written() + "')").orElse("");
    }
}
