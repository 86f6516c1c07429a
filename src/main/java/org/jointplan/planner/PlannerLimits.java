package org.jointplan.planner;

/**
 * How much of another planner's file is read. A plan of more tasks than this is not a delivery plan, and MPXJ holds a
 * whole project in memory: the task count is checked by streaming the file before MPXJ sees it, so a 100,000-task
 * file costs a pass over its bytes, not its weight in memory.
 */
public final class PlannerLimits {
    /** Tasks in one file (the export of a 10,000-action plan with its milestones fits). */
    public static final int MAX_TASKS = 20_000;
    /** Bytes of one file: an MS Project XML of 20,000 tasks is about 40 MB. */
    public static final long MAX_BYTES = 128L * 1024 * 1024;

    private PlannerLimits() {
    }
}
