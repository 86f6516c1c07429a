package org.jointplan.planner;

/**
 * MPXJ reads .mpp files through Apache POI, which logs through the Log4j API; without a logging implementation that
 * API prints an error on the command line's standard error. Before MPXJ first loads, point the API at its own simple
 * logger and turn it off (as report.LibraryLogging does for the committee papers' writers): failures reach us as
 * exceptions. A provider chosen by whoever runs us is left alone.
 */
final class PlannerLogging {
    private static final String PROVIDER = "log4j.provider";
    private static final String OLD_PROVIDER = "log4j2.loggerContextFactory";
    private static final String LEVEL = "org.apache.logging.log4j.simplelog.level";

    private PlannerLogging() {
    }

    static void quiet() {
        if (System.getProperty(PROVIDER) == null && System.getProperty(OLD_PROVIDER) == null) {
            System.setProperty(PROVIDER, "org.apache.logging.log4j.simple.internal.SimpleProvider");
            if (System.getProperty(LEVEL) == null) {
                System.setProperty(LEVEL, "OFF");
            }
        }
    }
}
