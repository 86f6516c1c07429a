package org.jointplan.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The support log: rotating files (1 MB × 5) in the data folder's logs/, written by java.util.logging so that no
 * logging library is needed. Installed once by the window launcher; the command line and the tests do not log to a
 * file unless they install it themselves.
 */
public final class AppLog implements AutoCloseable {
    public static final int LIMIT_BYTES = 1024 * 1024;
    public static final int FILES = 5;
    static final String PATTERN = "jointplan-%g.log";

    /** Held here because java.util.logging keeps loggers weakly: a logger collected would lose its handler. */
    private final Logger logger = Logger.getLogger("org.jointplan");
    private final FileHandler handler;
    private final Path folder;

    private AppLog(FileHandler handler, Path folder) {
        this.handler = handler;
        this.folder = folder;
    }

    /** Starts logging into {@code folder}; empty (and the app carries on) when the folder cannot be written. */
    public static Optional<AppLog> install(Path folder) {
        return install(folder, LIMIT_BYTES, FILES);
    }

    static Optional<AppLog> install(Path folder, int limitBytes, int files) {
        try {
            Files.createDirectories(folder);
            // FileHandler reads '%' as the start of a pattern element, so one in the folder name is doubled
            String pattern = folder.toAbsolutePath().toString().replace("%", "%%") + "/" + PATTERN;
            FileHandler handler = new FileHandler(pattern, limitBytes, files, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new LineFormatter());
            handler.setLevel(Level.INFO);
            AppLog log = new AppLog(handler, folder);
            log.logger.setLevel(Level.INFO);
            log.logger.addHandler(handler);
            return Optional.of(log);
        } catch (IOException | SecurityException e) {
            Logger.getLogger(AppLog.class.getName()).warning("No log file in " + folder + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    public Path folder() {
        return folder;
    }

    /** The file being written now. */
    public Path currentFile() {
        return folder.resolve(PATTERN.replace("%g", "0"));
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        handler.close();
    }

    /** One line per record: time, level, logger, message; then the stack trace if there is one. */
    static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(LocalDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault())))
                    .append(' ').append(record.getLevel().getName())
                    .append(' ').append(record.getLoggerName())
                    .append(": ").append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
