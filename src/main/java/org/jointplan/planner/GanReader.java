package org.jointplan.planner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ValidationException;

/**
 * GanttProject's .gan file, read with the JDK's streaming parser (no DTD, no entities) rather than MPXJ's reader,
 * which keeps the links of top-level tasks only, ignores holidays that recur every year, takes milestones from a
 * zero duration instead of {@code meeting="true"}, and keeps summary dates as written instead of the span of their
 * children. Here: every task's links, finishes counted in working days by the file's own calendar
 * ({@link WorkingDays}), meetings as milestones, and a summary spanning its children as GanttProject draws it.
 */
final class GanReader {
    private final Map<String, SourceTask> tasks = new LinkedHashMap<>();
    private final Map<SourceTask, Integer> durations = new HashMap<>();
    private final Map<String, String> resources = new HashMap<>();
    private final Map<String, Set<String>> allocations = new HashMap<>();
    private final Map<String, Set<String>> responsible = new HashMap<>();
    private final List<String[]> links = new ArrayList<>();
    private final List<SourceTask> topLevel = new ArrayList<>();
    private final List<ImportNote> notes = new ArrayList<>();
    private final WorkingDays calendar = WorkingDays.mondayToFriday();
    private String title = "";

    private GanReader() {
    }

    static SourceProject read(Path file, String fallbackTitle) {
        GanReader reader = new GanReader();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XmlPrescreen.safeFactory().createXMLStreamReader(in);
            reader.parse(xml);
        } catch (XMLStreamException | IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw MpxjReading.unreadable(FileKind.GANTTPROJECT);
        }
        return reader.finish(fallbackTitle);
    }

    private void parse(XMLStreamReader xml) throws XMLStreamException {
        Deque<SourceTask> open = new ArrayDeque<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ValidationException(XmlPrescreen.DOCTYPE_REFUSED);
            }
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("task")) {
                open.pop();
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "project" -> title = attr(xml, "name");
                case "default-week" -> readWeek(xml);
                case "date" -> readHoliday(xml);
                case "task" -> open.push(readTask(xml, open.peek()));
                case "notes" -> {
                    if (!open.isEmpty()) {
                        open.peek().notes = xml.getElementText().strip();
                    }
                }
                case "depend" -> {
                    if (!open.isEmpty()) {
                        links.add(new String[] {open.peek().key, attr(xml, "id"), attr(xml, "type"),
                            attr(xml, "difference")});
                    }
                }
                case "resource" -> resources.put(attr(xml, "id"), attr(xml, "name"));
                case "allocation" -> {
                    String task = attr(xml, "task-id");
                    allocations.computeIfAbsent(task, k -> new LinkedHashSet<>()).add(attr(xml, "resource-id"));
                    if ("true".equals(attr(xml, "responsible"))) {
                        responsible.computeIfAbsent(task, k -> new LinkedHashSet<>()).add(attr(xml, "resource-id"));
                    }
                }
                default -> { }
            }
        }
    }

    private SourceTask readTask(XMLStreamReader xml, SourceTask parent) {
        String id = attr(xml, "id");
        String name = attr(xml, "name").strip();
        SourceTask task = new SourceTask(id, name, "Task " + id + (name.isEmpty() ? "" : " '" + name + "'"));
        XmlPrescreen.requireTaskCount(tasks.size() + 1);
        tasks.put(id, task);
        task.start = date(attr(xml, "start"));
        task.milestone = "true".equals(attr(xml, "meeting"));
        task.percent = clamp(number(attr(xml, "complete")));
        durations.put(task, number(attr(xml, "duration")));
        if (parent == null) {
            topLevel.add(task);
        } else {
            parent.children.add(task);
        }
        return task;
    }

    private SourceProject finish(String fallbackTitle) {
        for (SourceTask task : tasks.values()) {
            if (task.start != null) {
                task.finish = task.milestone ? task.start : calendar.lastDay(task.start, durations.get(task));
            }
            Set<String> owners = responsible.getOrDefault(task.key, allocations.getOrDefault(task.key, Set.of()));
            task.owner = String.join(", ", owners.stream().map(r -> resources.getOrDefault(r, "")).filter(
                    n -> !n.isBlank()).map(String::strip).toList());
        }
        topLevel.forEach(GanReader::spanChildren);
        for (String[] link : links) {
            SourceTask after = tasks.get(link[1]);
            if (after != null) {
                int lag = number(link[3]);
                after.predecessors.add(new SourceTask.SourceLink(link[0], linkType(link[2]), lag,
                        lag == 0 ? "" : lag + " days"));
            }
        }
        List<SourceTask> named = new ArrayList<>();
        for (SourceTask t : topLevel) {
            named.add(t);
        }
        return new SourceProject("GanttProject", title.isBlank() ? fallbackTitle : title.strip(), named, notes);
    }

    /** GanttProject draws a summary from the first start to the last finish of the tasks inside it. */
    private static void spanChildren(SourceTask task) {
        if (!task.isSummary()) {
            return;
        }
        task.children.forEach(GanReader::spanChildren);
        LocalDate first = null;
        LocalDate last = null;
        for (SourceTask c : task.children) {
            if (c.start != null && (first == null || c.start.isBefore(first))) {
                first = c.start;
            }
            if (c.finish != null && (last == null || c.finish.isAfter(last))) {
                last = c.finish;
            }
        }
        if (first != null && last != null) {
            task.start = first;
            task.finish = last;
        }
    }

    private void readWeek(XMLStreamReader xml) {
        String[] names = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        for (int i = 0; i < names.length; i++) {
            String value = attr(xml, names[i]);
            if (!value.isEmpty()) {
                calendar.setWeekend(DayOfWeek.of(i + 1), "1".equals(value));
            }
        }
    }

    private void readHoliday(XMLStreamReader xml) {
        int month = number(attr(xml, "month"));
        int day = number(attr(xml, "date"));
        String year = attr(xml, "year");
        String type = attr(xml, "type");
        try {
            if (year.isBlank()) {
                if (!"WORKING_DAY".equals(type)) {
                    calendar.addYearlyHoliday(MonthDay.of(month, day));
                }
                return;
            }
            LocalDate date = LocalDate.of(Integer.parseInt(year.strip()), month, day);
            if ("WORKING_DAY".equals(type)) {
                calendar.addWorkingDay(date);
            } else if (!"NEUTRAL".equals(type)) {
                calendar.addHoliday(date);
            }
        } catch (RuntimeException e) {
            notes.add(ImportNote.warning("Calendar", "A holiday with an impossible date was left out."));
        }
    }

    private static String linkType(String type) {
        return switch (type.strip()) {
            case "1" -> "start-to-start";
            case "3" -> "finish-to-finish";
            case "4" -> "start-to-finish";
            default -> "finish-to-start";
        };
    }

    private LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int number(String text) {
        try {
            return text.isBlank() ? 0 : (int) Math.round(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int clamp(int percent) {
        return Math.max(0, Math.min(100, percent));
    }

    private static String attr(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }
}
