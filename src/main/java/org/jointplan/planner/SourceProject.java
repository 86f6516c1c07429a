package org.jointplan.planner;

import java.util.List;
import org.jointplan.domain.ImportNote;

/**
 * A planner's file as read, before it becomes a plan: its title, the tree of its top-level tasks, and what the
 * reader had to say about it.
 *
 * @param application the application that wrote it, as people name it ("MS Project", "GanttProject")
 */
record SourceProject(String application, String title, List<SourceTask> tasks, List<ImportNote> notes) {
}
