package org.jointplan.sheet;

/**
 * POI logs through the Log4j API, which without an implementation prints an error to standard error. Before POI
 * first loads, point the API at its own simple logger and turn it off: POI's failures reach us as exceptions. A
 * provider chosen by whoever runs us is left alone. (The same as report.LibraryLogging, which sheet may not use.)
 */
public final class SheetLogging {
    private static final String PROVIDER = "log4j.provider";
    private static final String OLD_PROVIDER = "log4j2.loggerContextFactory";
    private static final String LEVEL = "org.apache.logging.log4j.simplelog.level";

    private SheetLogging() {
    }

    public static void quiet() {
        if (System.getProperty(PROVIDER) == null && System.getProperty(OLD_PROVIDER) == null) {
            System.setProperty(PROVIDER, "org.apache.logging.log4j.simple.internal.SimpleProvider");
            if (System.getProperty(LEVEL) == null) {
                System.setProperty(LEVEL, "OFF");
            }
        }
    }
}
