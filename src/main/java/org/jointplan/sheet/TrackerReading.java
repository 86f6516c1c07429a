package org.jointplan.sheet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;

/**
 * Reads a tracker's sheets of cells into a preview: each chosen sheet's header and columns, its rows sorted into
 * priorities and actions, each action's cells read, the questions asked once per distinct value, and, when none is
 * open, the plan.
 */
final class TrackerReading {
    /** One sheet being read: its layout and its rows sorted. */
    private record Work(GridSheet sheet, SheetLayout layout, List<SheetRows.Item> items) {
        boolean hasActions() {
            return items.stream().anyMatch(i -> i.heading() == null);
        }

        boolean hasHeadings() {
            return items.stream().anyMatch(i -> i.heading() != null);
        }
    }

    private final String source;
    private final List<GridSheet> sheets;
    private final SheetRequest request;
    private final List<ImportNote> notes = new ArrayList<>();
    private final Questions questions;

    TrackerReading(String source, List<GridSheet> sheets, SheetRequest request) {
        this.source = source;
        this.sheets = sheets;
        this.request = request;
        this.questions = new Questions(request.answers(), notes);
    }

    SheetPreview preview() {
        Set<String> chosen = chosenSheets();
        List<Work> works = new ArrayList<>();
        Map<String, SheetInfo> infos = new HashMap<>();
        String title = null;
        for (GridSheet sheet : sheets) {
            if (!chosen.contains(sheet.name())) {
                infos.put(sheet.name(), new SheetInfo(sheet.name(), false, 0, SheetShape.SINGLE_LIST, List.of(), 0));
                continue;
            }
            SheetLayout layout = SheetLayout.find(sheet, request.mapping(), notes);
            if (layout == null) {
                if (!sheet.rows().isEmpty() || chosen.size() == 1) {
                    notes.add(ImportNote.skipped(SheetPlaces.sheet(sheet.name()), (sheet.rows().isEmpty()
                            ? "The sheet is empty" : "No row of the sheet reads as a header with an action column"
                            + " (such as 'Action', 'Due', 'RAG')") + ", so it was not read."));
                }
                infos.put(sheet.name(), new SheetInfo(sheet.name(), false, 0, SheetShape.SINGLE_LIST, List.of(), 0));
                continue;
            }
            if (title == null) {
                title = titleAbove(sheet, layout);
            }
            works.add(new Work(sheet, layout, SheetRows.sort(sheet, layout, notes)));
        }
        long withActions = works.stream().filter(Work::hasActions).count();
        if (withActions == 0) {
            throw new SheetException(source + " holds no actions JointPlan can read: "
                    + (notes.isEmpty() ? "it has no rows." : firstReason()));
        }
        RowReading reading = new RowReading(request.bragKey(), questions, notes);
        List<ActionDraft> drafts = new ArrayList<>();
        Set<String> priorities = new LinkedHashSet<>();
        for (Work w : works) {
            SheetShape shape = shape(w, withActions);
            int count = readSheet(w, shape, reading, drafts, priorities);
            infos.put(w.sheet().name(), new SheetInfo(w.sheet().name(), true, w.layout().header().number(), shape,
                    List.copyOf(w.layout().columns().values()), count));
        }
        new DraftChecks(request, questions, notes).check(drafts, works.stream().map(Work::layout).toList());
        List<SheetInfo> sheetInfos = sheets.stream().map(s -> infos.get(s.name())).toList();
        SheetMapping mapping = mappingUsed(works);
        Optional<IncomingPlan> plan = Optional.empty();
        if (!questions.any()) {
            plan = Optional.of(new PlanAssembly(source, request, notes).plan(
                    title == null ? stem(source) : title, drafts, List.copyOf(priorities), carried(works, sheetInfos),
                    works.stream().map(w -> new PlanAssembly.SheetDates(w.sheet().name(),
                            w.layout().has(SheetField.START), w.layout().has(SheetField.DUE))).toList()));
        }
        drafts.forEach(ActionDraft::sortCells);
        return new SheetPreview(source, sheetInfos, mapping, headerKey(works),
                drafts.stream().map(ActionDraft::toReadRow).toList(), notes, questions.open(), plan);
    }

    private int readSheet(Work w, SheetShape shape, RowReading reading, List<ActionDraft> drafts,
                          Set<String> priorities) {
        ColumnHints hints = ColumnHints.of(w.sheet(), w.layout(), w.items(), notes);
        String name = w.sheet().name();
        String fallback = name.isEmpty() || name.matches("(?i)sheet\\s*\\d*") ? "Actions" : name.strip();
        String current = fallback;
        int priorityColumn = w.layout().columnOf(SheetField.PRIORITY);
        int count = 0;
        if (shape == SheetShape.SINGLE_LIST) {
            notes.add(ImportNote.warning(SheetPlaces.sheet(name), "No priorities were found (no priority column,"
                    + " heading rows or sheet per priority), so every action goes into one priority, '" + fallback
                    + "'; move them after import if need be."));
        }
        for (SheetRows.Item item : w.items()) {
            if (item.heading() != null) {
                current = PriorityNames.clean(item.heading());
                priorities.add(current);
                continue;
            }
            if (shape == SheetShape.PRIORITY_COLUMN) {
                String written = item.row().text(priorityColumn);
                current = written.isEmpty() ? current : PriorityNames.clean(written); // merged down: carried on
            } else if (shape == SheetShape.SHEET_PER_PRIORITY) {
                current = fallback;
            }
            priorities.add(current);
            ActionDraft d = reading.read(name, item.row(), w.layout(), hints, current);
            if (shape == SheetShape.PRIORITY_COLUMN) {
                d.cells.add(new ReadCell(SheetPlaces.letter(priorityColumn) + item.row().number(),
                        SheetField.PRIORITY, item.row().text(priorityColumn), current));
            }
            drafts.add(d);
            count++;
        }
        return count;
    }

    private static SheetShape shape(Work w, long sheetsWithActions) {
        if (w.layout().has(SheetField.PRIORITY)) {
            return SheetShape.PRIORITY_COLUMN;
        }
        if (w.hasHeadings()) {
            return SheetShape.HEADING_ROWS;
        }
        return sheetsWithActions > 1 ? SheetShape.SHEET_PER_PRIORITY : SheetShape.SINGLE_LIST;
    }

    private Set<String> chosenSheets() {
        Set<String> chosen = new LinkedHashSet<>();
        if (!request.sheets().isEmpty()) {
            for (String wanted : request.sheets()) {
                GridSheet found = sheets.stream().filter(s -> s.name().equalsIgnoreCase(wanted.strip())).findFirst()
                        .orElseThrow(() -> new SheetException(source + " has no sheet named '" + wanted + "'; its"
                                + " sheets are " + String.join(", ", sheets.stream().map(s -> "'" + s.name() + "'")
                                .toList()) + "."));
                chosen.add(found.name());
            }
            return chosen;
        }
        for (GridSheet s : sheets) {
            if (s.hidden()) {
                notes.add(ImportNote.skipped(SheetPlaces.sheet(s.name()), "The sheet is hidden, so it was not read;"
                        + " name it with --sheet, or choose it, to read it."));
            } else {
                chosen.add(s.name());
            }
        }
        return chosen;
    }

    /** The plan's title: the text of the title rows above the header, if any ("SEND Delivery Plan 2024/25"). */
    private static String titleAbove(GridSheet sheet, SheetLayout layout) {
        for (GridRow row : sheet.rows()) {
            if (row.number() >= layout.header().number()) {
                break;
            }
            List<GridCell> filled = row.filled();
            if (!row.hidden() && filled.size() == 1 && filled.get(0).date() == null) {
                String t = RowReading.oneLine(filled.get(0).text());
                if (t.length() >= 3 && t.length() <= 200) {
                    return t;
                }
            }
        }
        return null;
    }

    private String firstReason() {
        return notes.stream().filter(n -> n.kind() == ImportNote.Kind.SKIPPED).map(ImportNote::message)
                .map(m -> Character.toLowerCase(m.charAt(0)) + m.substring(1)).findFirst()
                .orElse("no sheet has a header row with an action column and actions below it.");
    }

    private static Set<ImportedField> carried(List<Work> works, List<SheetInfo> infos) {
        Set<ImportedField> carried = EnumSet.noneOf(ImportedField.class);
        for (Work w : works) {
            for (MappedColumn c : w.layout().columns().values()) {
                c.field().imported().ifPresent(carried::add);
            }
        }
        if (carried.contains(ImportedField.STATUS) || carried.contains(ImportedField.PERCENT_COMPLETE)) {
            carried.add(ImportedField.STATUS);
            carried.add(ImportedField.PERCENT_COMPLETE);
        }
        if (infos.stream().anyMatch(i -> i.read() && i.shape() != SheetShape.SINGLE_LIST)) {
            carried.add(ImportedField.PRIORITY);
        }
        return carried;
    }

    private static SheetMapping mappingUsed(List<Work> works) {
        Set<SheetMapping.Entry> entries = new LinkedHashSet<>();
        for (Work w : works) {
            for (MappedColumn c : w.layout().columns().values()) {
                entries.add(new SheetMapping.Entry(c.letter(), c.header(), c.field()));
            }
        }
        return new SheetMapping(List.copyOf(entries));
    }

    private static String headerKey(List<Work> works) {
        Set<String> words = new TreeSet<>();
        for (Work w : works) {
            w.layout().columns().values().forEach(c -> words.add(HeaderWords.normal(c.header())));
        }
        words.remove("");
        return String.join("|", words);
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        String s = (dot > 0 ? file.substring(0, dot) : file).replace('_', ' ').strip();
        return s.isEmpty() ? "Imported plan" : RowReading.oneLine(s);
    }
}
