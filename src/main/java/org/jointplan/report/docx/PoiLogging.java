package org.jointplan.report.docx;

/**
 * POI logs through the Log4j API, which without a logging implementation prints a warning to the standard error of
 * the command line. Before POI first loads, point the API at its own simple logger and turn that off; POI's failures
 * reach us as exceptions anyway. A provider chosen by whoever runs us is left alone.
 */
final class PoiLogging {
    private static final String PROVIDER = "log4j.provider";
    private static final String OLD_PROVIDER = "log4j2.loggerContextFactory";
    private static final String LEVEL = "org.apache.logging.log4j.simplelog.level";

    private PoiLogging() {
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
