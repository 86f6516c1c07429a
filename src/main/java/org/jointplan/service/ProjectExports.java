package org.jointplan.service;

import java.nio.file.Path;
import java.util.Locale;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.planner.MspdiExport;

/**
 * A plan written as MS Project XML, which MS Project and GanttProject open and JointPlan reads back to the same plan
 * (see docs/planners.md); written whole through {@link AtomicFile} or not at all.
 */
public final class ProjectExports {
    private ProjectExports() {
    }

    /** Refuses a name that is not an .xml file before anything is built. */
    public static void requireName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xml") || name.length() == 4) {
            throw new ValidationException("Choose a file name ending in .xml for the MS Project file.");
        }
    }

    public static void write(PlanData plan, Path file) {
        requireName(file);
        AtomicFile.write(file, MspdiExport.bytes(plan), "MS Project file");
    }
}
