package org.jointplan.report;

/**
 * The Word and PDF libraries log through the Log4j API (POI directly, PDFBox through Commons Logging, which prefers
 * it), and without a logging implementation that API prints an error to the command line's standard error. Before
 * either first loads, point the API at its own simple logger and turn it off: their failures reach us as
 * exceptions. A provider chosen by whoever runs us is left alone.
 */
public final class LibraryLogging {
    private static final String PROVIDER = "log4j.provider";
    private static final String OLD_PROVIDER = "log4j2.loggerContextFactory";
    private static final String LEVEL = "org.apache.logging.log4j.simplelog.level";

    private LibraryLogging() {
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
