package org.jointplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqlErrorsTest {
    @TempDir
    Path dir;

    private static SQLiteException error(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "] " + code.message, code);
    }

    @Test
    void aFullDiskIsNamedWhenSavingAndWhenReading() {
        Path file = dir.resolve("plan.sqlite");
        assertEquals("The disk is full, so the new due date was not saved; free some space and try again. Nothing"
                + " already saved was lost.", SqlErrors.explain(error(SQLiteErrorCode.SQLITE_FULL), "the new due date",
                file).getMessage());
        assertEquals("The disk is full, so JointPlan could not read the plan store; free some space and try again.",
                SqlErrors.explainReading(error(SQLiteErrorCode.SQLITE_FULL), "read the plan store", file)
                        .getMessage());
    }

    @Test
    void aFullDiskIsRecognisedInTheJdksIoExceptions() {
        assertTrue(DiskFull.is(new FileSystemException("/x/plan.sqlite", null, "No space left on device")));
        assertTrue(DiskFull.is(new IOException("There is not enough space on the disk")));
        assertFalse(DiskFull.is(new IOException("Permission denied")));
    }

    @Test
    void readingIsNeverToldThatSomethingWasNotSaved() {
        Path file = dir.resolve("plan.sqlite");
        assertEquals("JointPlan could not read the plan store (was the plan store " + file + " moved or removed?);"
                + " check that it is there and try again.", SqlErrors.explainReading(
                        error(SQLiteErrorCode.SQLITE_IOERR_READ), "read the plan store", file).getMessage());
    }
}
