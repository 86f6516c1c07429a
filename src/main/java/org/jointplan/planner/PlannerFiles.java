package org.jointplan.planner;

import java.nio.file.Path;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Stamp;

/**
 * Reads another planner's file into a plan that is not yet stored: MS Project XML (2002-2019), .mpp and .mpx (in any
 * of MPX's languages) through MPXJ, and GanttProject's .gan through {@link GanReader}. The kind of file is judged by
 * its bytes; XML is screened first (no document type, a bounded number of tasks). A file that cannot be read, or
 * whose tasks cannot make a plan, is refused with one plain sentence; nothing is stored either way.
 */
public final class PlannerFiles {
    private PlannerFiles() {
    }

    /**
     * The plan in the file, with fresh ids and the given stamp on every record.
     *
     * @throws org.jointplan.domain.ValidationException with a plain sentence when the file cannot be read or
     *                                                  cannot make a plan
     */
    public static IncomingPlan read(Path file, Stamp stamp) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String fallbackTitle = name.replaceFirst("\\.[^.]+$", "");
        FileKind kind = FileKind.of(file);
        PlannerLogging.quiet();
        SourceProject project = kind == FileKind.GANTTPROJECT ? GanReader.read(file, fallbackTitle)
                : MpxjReading.read(file, kind, fallbackTitle);
        return IncomingPlanBuilder.build(project, name, stamp);
    }
}
