package org.jointplan.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {
    @TempDir
    Path dir;

    @Test
    void recordsOfTheApplicationGoToTheLogFileWithTheirStackTrace() throws Exception {
        Path folder = dir.resolve("logs");
        try (AppLog log = AppLog.install(folder).orElseThrow()) {
            Logger.getLogger("org.jointplan.store.Store").info("Plan store opened: /tmp/x.sqlite; SQLite 3.51.3");
            Logger.getLogger("org.jointplan.ui.MainWindow").log(Level.WARNING, "not opened",
                    new IllegalStateException("boom"));
            Logger.getLogger("com.example.Other").info("not ours");
            String text = Files.readString(log.currentFile());
            assertTrue(text.matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO"
                    + " org\\.jointplan\\.store\\.Store: Plan store opened: /tmp/x\\.sqlite;"
                    + " SQLite 3\\.51\\.3\\R.*"), text);
            assertTrue(text.contains("WARNING org.jointplan.ui.MainWindow: not opened"), text);
            assertTrue(text.contains("java.lang.IllegalStateException: boom"), text);
            assertTrue(!text.contains("not ours"), text);
        }
    }

    @Test
    void theLogRotatesAndKeepsAFixedNumberOfFiles() throws Exception {
        Path folder = dir.resolve("logs");
        try (AppLog log = AppLog.install(folder, 4_000, 3).orElseThrow()) {
            Logger logger = Logger.getLogger("org.jointplan.test");
            for (int i = 0; i < 400; i++) {
                logger.info("line " + i + " of a long session, padded to make the files fill up quickly");
            }
            assertEquals(folder, log.folder());
        }
        List<String> logs;
        try (var files = Files.list(folder)) {
            logs = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList();
        }
        assertEquals(List.of("jointplan-0.log", "jointplan-1.log", "jointplan-2.log"), logs);
        for (String name : logs) {
            assertTrue(Files.size(folder.resolve(name)) <= 4_000 + 200, name);
        }
        assertTrue(Files.readString(folder.resolve("jointplan-0.log")).contains("line 399"), "newest in -0");
    }

    @Test
    void closingStopsWritingToTheFile() throws Exception {
        Path folder = dir.resolve("logs");
        Path file;
        try (AppLog log = AppLog.install(folder).orElseThrow()) {
            file = log.currentFile();
        }
        Logger.getLogger("org.jointplan.test").info("after close");
        assertTrue(!Files.readString(file).contains("after close"));
    }

    @Test
    void aFolderThatCannotBeMadeMeansNoLogFileAndNoFailure() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertTrue(AppLog.install(notAFolder.resolve("logs")).isEmpty());
    }
}
