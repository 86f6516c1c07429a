package org.jointplan.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.Status;
import org.jointplan.domain.Text;
import org.jointplan.domain.ValidationException;

/**
 * Reads one action row into an {@link ActionDraft}: each mapped cell by its field, asking (through {@link Questions})
 * what it will not guess, and noting what it read in a way the person should check.
 */
final class RowReading {
    private final StatusReading statuses;
    private final BragKey key;
    private final Questions questions;
    private final List<ImportNote> notes;

    RowReading(BragKey key, Questions questions, List<ImportNote> notes) {
        this.statuses = new StatusReading(key);
        this.key = key;
        this.questions = questions;
        this.notes = notes;
    }

    ActionDraft read(String sheet, GridRow row, SheetLayout layout, ColumnHints hints, String priority) {
        ActionDraft d = new ActionDraft(sheet, row.number());
        d.priority = priority;
        StringBuilder reason = new StringBuilder();
        String risks = "";
        for (GridCell cell : row.cells()) {
            SheetField field = layout.field(cell.column());
            if (field == SheetField.IGNORED) {
                continue;
            }
            String place = SheetPlaces.cell(sheet, row.number(), cell.column());
            String name = SheetPlaces.letter(cell.column()) + row.number();
            String written = cell.text().strip();
            if (cell.error()) {
                notes.add(ImportNote.warning(place, "The cell holds the error " + written + ", so it was read as"
                        + " empty."));
                d.cells.add(new ReadCell(name, field, written, ""));
                continue;
            }
            switch (field) {
                case REFERENCE -> d.reference = add(d, name, field, written, oneLine(written));
                case TITLE -> title(d, name, written);
                case DESCRIPTION -> d.description = join(d.description, add(d, name, field, written,
                        paragraph(written)));
                case OWNER -> d.owner = add(d, name, field, written, oneLine(written));
                case LEAD_PARTNER -> { // matched once every row is read
                    d.partner = written.isEmpty() ? null : written;
                    d.partnerCell = name;
                    d.partnerPlace = place;
                }
                case START, DUE -> date(d, cell, field, place, name, hints.dateOrders().get(cell.column()));
                case STATUS -> status(d, cell, place, name);
                case PERCENT_COMPLETE -> percent(d, cell, place, name, hints.fractions());
                case STATUS_REASON -> reason.append(reason.length() > 0 ? "\n\n" : "")
                        .append(add(d, name, field, written, paragraph(written)));
                case RISKS -> risks = add(d, name, field, written, paragraph(written));
                case CORRECTIVE_ACTION -> d.corrective = add(d, name, field, written, paragraph(written));
                case DECISION_NEEDED -> d.decision = add(d, name, field, written, decision(written));
                default -> {
                }
            }
        }
        if (!risks.isEmpty()) {
            reason.append(reason.length() > 0 ? "\n\n" : "").append("Risks/issues: ").append(risks);
        }
        d.reason = reason.toString();
        return d;
    }

    private static String add(ActionDraft d, String name, SheetField field, String written, String value) {
        d.cells.add(new ReadCell(name, field, written, value));
        return value;
    }

    private void title(ActionDraft d, String name, String written) {
        String text = paragraph(written);
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        d.title = lines.isEmpty() ? "" : oneLine(lines.get(0));
        if (lines.size() > 1) {
            d.description = join(String.join("\n", lines.subList(1, lines.size())), d.description);
            notes.add(ImportNote.warning(SheetPlaces.row(d.sheet, d.row) + ", cell " + name, "The action runs to "
                    + lines.size() + " lines: its first line is the title and the rest is put in its description."));
        }
        d.cells.add(new ReadCell(name, SheetField.TITLE, written, d.title));
    }

    private void date(ActionDraft d, GridCell cell, SheetField field, String place, String name,
                      DateReading.Order order) {
        boolean start = field == SheetField.START;
        DateValue value = DateReading.read(cell, start, order == null ? DateReading.Order.DAY_FIRST : order);
        String written = cell.text().strip();
        LocalDate day = null;
        boolean open = false;
        if (value instanceof DateValue.Day dv) {
            day = dv.date();
            if (dv.note() != null) {
                notes.add(ImportNote.warning(place, capitalised(dv.note()) + "."));
            }
        } else if (value instanceof DateValue.Vague v) {
            day = answeredDate(place, v.written(), v.first(), v.last(), start);
            open = day == null && !isNone(v.written());
        } else if (value instanceof DateValue.Unreadable u) {
            day = answeredDate(place, u.written(), null, null, start);
            open = day == null && !isNone(u.written());
        }
        if (start) {
            d.start = day;
            d.startGiven = day != null;
        } else {
            d.due = day;
            d.dueGiven = day != null;
        }
        if (day != null) {
            d.cells.add(new ReadCell(name, field, written, NumberCells.UK.format(day)));
        } else if (open) {
            d.datesOpen = true;
            d.cells.add(new ReadCell(name, field, written, "?"));
        } else {
            d.pendingDateCells.add(new ReadCell(name, field, written, start ? "start" : "due"));
        }
    }

    private final java.util.Set<String> answeredNone = new java.util.HashSet<>();

    private boolean isNone(String written) {
        return answeredNone.contains(written.toLowerCase(Locale.UK));
    }

    /** The day an answer gives a vague or unreadable date, or null (question open, or "none": the plan's period). */
    private LocalDate answeredDate(String place, String written, LocalDate first, LocalDate last, boolean start) {
        List<SheetQuestion.Choice> choices = new ArrayList<>();
        if (first != null) {
            choices.add(new SheetQuestion.Choice("first", NumberCells.UK.format(first) + ", its first day"));
            choices.add(new SheetQuestion.Choice("last", NumberCells.UK.format(last) + ", its last day"));
        }
        choices.add(new SheetQuestion.Choice("none", "No date: use the plan's " + (start ? "start" : "end")));
        String prompt = first != null
                ? "Which day is '" + written + "'? Choose its first or last day, or type a date as dd/mm/yyyy."
                : "'" + written + "' is not a date JointPlan can read; type the date it means as dd/mm/yyyy, or"
                        + " choose no date.";
        String answer = questions.ask(SheetQuestion.Kind.DATE, written, place, prompt, choices,
                a -> typedDate(a) != null);
        if (answer == null) {
            return null;
        }
        return switch (answer) {
            case "first" -> first;
            case "last" -> last;
            case "none" -> {
                answeredNone.add(written.toLowerCase(Locale.UK));
                yield null;
            }
            default -> typedDate(answer);
        };
    }

    static LocalDate typedDate(String answer) {
        DateValue v = DateReading.text(answer, true, DateReading.Order.DAY_FIRST);
        if (answer.matches("\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}") && v instanceof DateValue.Day day) {
            return day.date();
        }
        return null;
    }

    private void status(ActionDraft d, GridCell cell, String place, String name) {
        StatusValue value = statuses.read(cell);
        String written = cell.text().strip().isEmpty() && cell.fill() != null ? cell.fill().toLowerCase(Locale.UK)
                + " fill" : cell.text().strip();
        Status status = null;
        if (value instanceof StatusValue.Known k) {
            status = k.status();
        } else if (value instanceof StatusValue.Between b) {
            status = asked(SheetQuestion.Kind.STATUS, written, place,
                    "Is '" + written + "' " + word(b.first()) + " or " + word(b.second()) + "?",
                    List.of(b.first(), b.second()));
        } else if (value instanceof StatusValue.Unknown) {
            status = asked(SheetQuestion.Kind.STATUS, written, place,
                    "'" + written + "' is not one of the plan's ratings; which rating is it?",
                    List.of(Status.COMPLETE, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.NOT_STARTED));
        } else if (value instanceof StatusValue.FillOnly f) {
            status = asked(SheetQuestion.Kind.STATUS_FILL, written, place,
                    "The rating cell holds no word, only " + article(f.fill()) + " " + f.fill().toLowerCase(Locale.UK)
                            + " fill; is it " + word(f.suggested()) + "?",
                    f.suggested() == Status.NOT_STARTED ? List.of(Status.NOT_STARTED)
                            : List.of(f.suggested(), Status.NOT_STARTED));
        }
        if (status == null && !(value instanceof StatusValue.Blank)) {
            d.statusOpen = true;
            d.cells.add(new ReadCell(name, SheetField.STATUS, written, "?"));
            return;
        }
        d.status = status;
        d.cells.add(new ReadCell(name, SheetField.STATUS, written, status == null ? "" : key.label(status)));
    }

    private Status asked(SheetQuestion.Kind kind, String written, String place, String prompt, List<Status> offered) {
        List<SheetQuestion.Choice> choices = offered.stream()
                .map(s -> new SheetQuestion.Choice(s.code(), word(s))).toList();
        String answer = questions.ask(kind, written, place, prompt, choices, a -> offered.contains(statusOf(a)));
        return answer == null ? null : statusOf(answer);
    }

    private static Status statusOf(String answer) {
        try {
            return Status.fromCode(answer.strip());
        } catch (ValidationException e) {
            return null;
        }
    }

    private String word(Status s) {
        return s.bragColour() + " (" + key.label(s) + ")";
    }

    private static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    private void percent(ActionDraft d, GridCell cell, String place, String name, boolean fractions) {
        PercentReading.Value v = PercentReading.read(cell, fractions);
        if (v.note() != null) {
            notes.add(ImportNote.warning(place, v.note()));
        }
        d.percent = v.percent();
        d.cells.add(new ReadCell(name, SheetField.PERCENT_COMPLETE, cell.text().strip(),
                v.percent() == null ? "" : v.percent() + "%"));
    }

    private static String decision(String written) {
        String t = written.strip().toLowerCase(Locale.UK);
        if (t.matches("no|n|none|n/a|na|-|–|false|nil|not required|no decision needed")) {
            return "";
        }
        return t.matches("yes|y|true") ? "Yes" : oneLine(written);
    }

    static String oneLine(String s) {
        if (isPlainLine(s)) {
            return s.strip();
        }
        String one = Text.asOneLine(s.replaceAll("[\\r\\n\\t]+", " "));
        return one == null ? "" : one.replaceAll(" {2,}", " ").strip();
    }

    private static boolean isPlainLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ' || c >= 0x7f && c < 0xa0
                    || c >= 0x2000) {
                return false;
            }
        }
        return true;
    }

    static String paragraph(String s) {
        if (isPlainLine(s)) {
            return s.strip();
        }
        String p = Text.asParagraph(s.replace("\r\n", "\n").replace('\r', '\n'));
        return p == null ? "" : p.strip();
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n\n" + b;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
