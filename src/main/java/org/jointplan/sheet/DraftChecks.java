package org.jointplan.sheet;

import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.Status;

/**
 * What can be settled only once every row is read: which partner each lead organisation is (a name written in full
 * elsewhere in the file explains an abbreviation), a due date before its start, and a rating that disagrees with
 * percent complete.
 */
final class DraftChecks {
    private final SheetRequest request;
    private final Questions questions;
    private final List<ImportNote> notes;

    DraftChecks(SheetRequest request, Questions questions, List<ImportNote> notes) {
        this.request = request;
        this.questions = questions;
        this.notes = notes;
    }

    void check(List<ActionDraft> drafts, List<SheetLayout> layouts) {
        List<String> written = new ArrayList<>();
        drafts.stream().filter(d -> d.partner != null).forEach(d -> written.addAll(PartnerMatching.listed(d.partner)));
        PartnerMatching matching = new PartnerMatching(request.partners(), written);
        for (ActionDraft d : drafts) {
            partner(d, matching);
            dateOrder(d);
            statusAndPercent(d);
        }
    }

    private void partner(ActionDraft d, PartnerMatching matching) {
        if (d.partner == null) {
            return;
        }
        String cellText = d.partner;
        List<String> listed = PartnerMatching.listed(cellText);
        String lead = listed.get(0);
        if (listed.size() > 1) {
            notes.add(ImportNote.notCarriedOver(d.partnerPlace, "An action has one lead organisation, so "
                    + lead + " leads and " + String.join(", ", listed.subList(1, listed.size()))
                    + " are not carried over; name them in the description if they matter."));
        }
        PartnerMatching.Match m = matching.match(lead);
        String name = m.name();
        if (m.ambiguous()) {
            List<SheetQuestion.Choice> choices = new ArrayList<>();
            m.candidates().forEach(c -> choices.add(new SheetQuestion.Choice(c, c)));
            choices.add(new SheetQuestion.Choice("new", "A partner of its own named '" + lead + "'"));
            String answer = questions.ask(SheetQuestion.Kind.PARTNER, lead, d.partnerPlace, "Which partner is '"
                    + lead + "': " + String.join(" or ", m.candidates()) + "?", choices, a -> false);
            name = answer == null ? null : "new".equals(answer) ? lead : answer;
        }
        d.partner = name;
        d.partnerOpen = name == null;
        d.cells.add(new ReadCell(d.partnerCell, SheetField.LEAD_PARTNER, cellText, name == null ? "?" : name));
    }

    private void dateOrder(ActionDraft d) {
        if (d.start == null || d.due == null || !d.due.isBefore(d.start)) {
            return;
        }
        String value = NumberCells.UK.format(d.start) + " > " + NumberCells.UK.format(d.due);
        String answer = questions.ask(SheetQuestion.Kind.DATE_ORDER, value, d.where(), "The due date, "
                + NumberCells.UK.format(d.due) + ", is before the start, " + NumberCells.UK.format(d.start)
                + "; which is right?", List.of(
                new SheetQuestion.Choice("swap", "The dates are the wrong way round: start "
                        + NumberCells.UK.format(d.due) + ", due " + NumberCells.UK.format(d.start)),
                new SheetQuestion.Choice("start", "The start is right: due on " + NumberCells.UK.format(d.start)
                        + " too"),
                new SheetQuestion.Choice("due", "The due date is right: start on " + NumberCells.UK.format(d.due)
                        + " too")), a -> false);
        if (answer == null) {
            d.datesOpen = true;
            return;
        }
        switch (answer) {
            case "swap" -> {
                var start = d.due;
                d.due = d.start;
                d.start = start;
            }
            case "start" -> d.due = d.start;
            default -> d.start = d.due;
        }
        replaceDateCells(d);
    }

    private static void replaceDateCells(ActionDraft d) {
        d.cells.replaceAll(c -> c.field() == SheetField.START && d.start != null
                ? new ReadCell(c.cell(), c.field(), c.written(), NumberCells.UK.format(d.start))
                : c.field() == SheetField.DUE && d.due != null
                ? new ReadCell(c.cell(), c.field(), c.written(), NumberCells.UK.format(d.due)) : c);
    }

    private void statusAndPercent(ActionDraft d) {
        if (d.statusOpen) {
            return;
        }
        if (d.status == null) {
            d.status = d.percent != null && d.percent == 100 ? Status.COMPLETE : Status.NOT_STARTED;
        } else if (d.status == Status.COMPLETE && d.percent != null && d.percent < 100) {
            notes.add(ImportNote.warning(d.where(), "The action is rated " + request.bragKey().label(Status.COMPLETE)
                    + " but " + d.percent + "% complete, so it was read as 100% complete."));
            d.percent = 100;
        } else if (d.status != Status.COMPLETE && d.percent != null && d.percent == 100) {
            notes.add(ImportNote.warning(d.where(), "The action is 100% complete but rated "
                    + request.bragKey().label(d.status) + ", so it was read as "
                    + request.bragKey().label(Status.COMPLETE) + "."));
            d.status = Status.COMPLETE;
        }
        if (d.percent == null) {
            d.percent = d.status == Status.COMPLETE ? 100 : 0;
        }
    }
}
