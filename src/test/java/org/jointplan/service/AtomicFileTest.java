package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jointplan.bundle.PackageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aFileOpenInWordIsNamedAsTheReasonAndKept() throws Exception {
        Path paper = dir.resolve("q4.docx");
        Files.writeString(paper, "the paper the committee has");
        // what Windows says when Word holds the file open
        PackageException refused = assertThrows(PackageException.class, () -> AtomicFile.write(paper,
                "new".getBytes(StandardCharsets.UTF_8), "report", (temp, target) -> {
                    throw new FileSystemException(temp.toString(), target.toString(),
                            "The process cannot access the file because it is being used by another process");
                }));
        assertEquals(paper + " could not be replaced: it may be open in another program, such as Word; close it and"
                + " try again, or save the report under another name. Nothing was changed there.",
                refused.getMessage());
        assertEquals("the paper the committee has", Files.readString(paper));
        try (var listing = Files.list(dir)) {
            assertTrue(listing.allMatch(paper::equals), "no temporary file is left behind");
        }
    }
}
