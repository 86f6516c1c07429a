package org.jointplan.planner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ValidationException;
import org.mpxj.Duration;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.mpp.MPPReader;
import org.mpxj.mpx.MPXReader;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.reader.ProjectReader;

/**
 * MS Project XML, .mpp and .mpx files read by MPXJ, and the tasks turned into {@link SourceTask}s with the dates MS
 * Project shows: a finish at midnight (00:00 of the next day, as some files write the end of a day) is the day
 * before; times are dropped, never shifted by a time zone (MPXJ gives local date-times, as the file holds them).
 */
final class MpxjReading {
    /** The custom fields JointPlan's export writes (see MspdiExport), found again by their names. */
    static final String STATUS_FIELD = "JointPlan status";
    static final String LEAD_PARTNER_FIELD = "Lead partner";
    static final String RECORD_FIELD = "JointPlan record";
    static final String PRIORITY_RECORD = "priority";

    private MpxjReading() {
    }

    static SourceProject read(Path file, FileKind kind, String fallbackTitle) {
        ProjectFile project = switch (kind) {
            case MSPDI -> parse(new MSPDIReader(), file, kind);
            case MPP -> parse(new MPPReader(), file, kind);
            case MPX -> mpx(file);
            default -> throw new IllegalArgumentException(kind.name());
        };
        List<ImportNote> notes = new ArrayList<>();
        List<SourceTask> tasks = new ArrayList<>();
        int count = project.getTasks().size();
        XmlPrescreen.requireTaskCount(count);
        // MPX writes dates as its user's screen shows them, often without a time: a finish there is never 00:00
        // of the next day
        boolean midnightEndsTheDayBefore = kind != FileKind.MPX;
        for (Task task : project.getChildTasks()) {
            addTopLevel(task, tasks, notes, midnightEndsTheDayBefore);
        }
        String title = firstGiven(project.getProjectProperties().getProjectTitle(),
                project.getProjectProperties().getName(), fallbackTitle);
        return new SourceProject(kind == FileKind.MPX ? "MPX" : "MS Project", title, tasks, notes);
    }

    /** The project summary task (task 0) is the project itself: its children are the top level. */
    private static void addTopLevel(Task task, List<SourceTask> into, List<ImportNote> notes, boolean midnight) {
        Integer level = task.getOutlineLevel();
        if (level != null && level == 0 || Integer.valueOf(0).equals(task.getID())) {
            task.getChildTasks().forEach(child -> addTopLevel(child, into, notes, midnight));
            return;
        }
        SourceTask converted = convert(task, notes, midnight);
        if (converted != null) {
            into.add(converted);
        }
    }

    private static SourceTask convert(Task task, List<ImportNote> notes, boolean midnight) {
        String name = task.getName() == null ? "" : task.getName().strip();
        String where = "Task " + task.getID() + (name.isEmpty() ? "" : " '" + name + "'");
        if (task.getNull() || name.isEmpty() && task.getChildTasks().isEmpty()) {
            if (!task.getNull()) {
                notes.add(ImportNote.skipped(where, "This task has no name, so it was left out."));
            }
            return null;
        }
        SourceTask t = new SourceTask(String.valueOf(task.getUniqueID()), name, where);
        t.start = day(task.getStart());
        t.finish = midnight ? finishDay(task.getFinish(), t.start) : day(task.getFinish());
        Number percent = task.getPercentageComplete();
        t.percent = percent == null ? 0 : (int) Math.round(Math.max(0, Math.min(100, percent.doubleValue())));
        t.milestone = task.getMilestone();
        t.notes = task.getNotes() == null ? "" : task.getNotes().strip();
        t.owner = owners(task);
        t.reference = firstGiven(task.getWBS(), task.getOutlineNumber(), "");
        t.jointPlanStatus = text(task.getFieldByAlias(STATUS_FIELD));
        t.leadPartner = text(task.getFieldByAlias(LEAD_PARTNER_FIELD));
        t.jointPlanPriority = PRIORITY_RECORD.equals(text(task.getFieldByAlias(RECORD_FIELD)));
        for (Relation r : task.getPredecessors()) {
            Task before = r.getPredecessorTask();
            if (before != null) {
                Duration lag = r.getLag();
                double lagValue = lag == null ? 0 : lag.getDuration();
                t.predecessors.add(new SourceTask.SourceLink(String.valueOf(before.getUniqueID()), type(r.getType()),
                        lagValue, lagValue == 0 ? "" : lagText(lag)));
            }
        }
        for (Task child : task.getChildTasks()) {
            SourceTask c = convert(child, notes, midnight);
            if (c != null) {
                t.children.add(c);
            }
        }
        return t;
    }

    static LocalDate day(LocalDateTime at) {
        return at == null ? null : at.toLocalDate();
    }

    /**
     * The day a task finishes as the application shows it. A finish at 00:00 means the end of the day before (MS
     * Project shows 31 March for a task ending at 00:00 on 1 April), unless that would put it before the start.
     */
    static LocalDate finishDay(LocalDateTime finish, LocalDate start) {
        if (finish == null) {
            return null;
        }
        LocalDate day = finish.toLocalDate();
        boolean midnight = finish.toLocalTime().equals(LocalTime.MIDNIGHT);
        return midnight && start != null && day.isAfter(start) ? day.minusDays(1) : day;
    }

    private static String owners(Task task) {
        Set<String> names = new LinkedHashSet<>();
        for (ResourceAssignment a : task.getResourceAssignments()) {
            if (a.getResource() != null && a.getResource().getName() != null
                    && !a.getResource().getName().isBlank()) {
                names.add(a.getResource().getName().strip());
            }
        }
        return String.join(", ", names);
    }

    static String type(RelationType type) {
        if (type == null) {
            return "finish-to-start";
        }
        return switch (type) {
            case START_START -> "start-to-start";
            case FINISH_FINISH -> "finish-to-finish";
            case START_FINISH -> "start-to-finish";
            default -> "finish-to-start";
        };
    }

    /** A lag as people say it: "2 days", "1 week", "50%", "3 elapsed days". */
    static String lagText(Duration lag) {
        double v = lag.getDuration();
        String number = v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v)
                .replaceFirst("0+$", "");
        boolean one = Math.abs(v) == 1;
        String unit = switch (lag.getUnits()) {
            case MINUTES -> one ? "minute" : "minutes";
            case HOURS -> one ? "hour" : "hours";
            case WEEKS -> one ? "week" : "weeks";
            case MONTHS -> one ? "month" : "months";
            case YEARS -> one ? "year" : "years";
            case PERCENT -> "%";
            case ELAPSED_MINUTES -> one ? "elapsed minute" : "elapsed minutes";
            case ELAPSED_HOURS -> one ? "elapsed hour" : "elapsed hours";
            case ELAPSED_DAYS -> one ? "elapsed day" : "elapsed days";
            case ELAPSED_WEEKS -> one ? "elapsed week" : "elapsed weeks";
            case ELAPSED_MONTHS -> one ? "elapsed month" : "elapsed months";
            case ELAPSED_YEARS -> one ? "elapsed year" : "elapsed years";
            case ELAPSED_PERCENT -> "% elapsed";
            default -> one ? "day" : "days";
        };
        return unit.startsWith("%") ? number + unit : number + " " + unit;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static String firstGiven(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static ProjectFile parse(ProjectReader reader, Path file, FileKind kind) {
        XmlPrescreen.requireSize(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return reader.read(in);
        } catch (IOException | MPXJException | RuntimeException e) {
            throw unreadable(kind);
        }
    }

    /**
     * An MPX file is written in its user's language (a German one writes 50 days as "50t"): English first, then
     * each language MPXJ knows, until one reads the file.
     */
    private static ProjectFile mpx(Path file) {
        requireMpxTaskCount(file);
        List<Locale> locales = new ArrayList<>(List.of(Locale.ENGLISH));
        locales.addAll(List.of(MPXReader.getSupportedLocales()));
        for (Locale locale : locales) {
            MPXReader reader = new MPXReader();
            reader.setLocale(locale);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                ProjectFile project = reader.read(in);
                if (!project.getTasks().isEmpty()) {
                    return project;
                }
            } catch (IOException | MPXJException | RuntimeException e) {
                // the next language may read it
            }
        }
        throw unreadable(FileKind.MPX);
    }

    /** MPX writes one task to a line starting with record number 70. */
    private static void requireMpxTaskCount(Path file) {
        XmlPrescreen.requireSize(file);
        try (var lines = Files.lines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            long tasks = lines.filter(l -> l.startsWith("70,") || l.startsWith("70;") || l.startsWith("70\t"))
                    .limit(PlannerLimits.MAX_TASKS + 1L).count();
            XmlPrescreen.requireTaskCount((int) tasks);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw unreadable(FileKind.MPX);
        }
    }

    static ValidationException unreadable(FileKind kind) {
        return new ValidationException("This " + kind.label + " file could not be read (it may be incomplete or"
                + " damaged), so nothing was imported; save it again from its planner.");
    }
}
