package org.jointplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every path to one store file meets one lock; a file that is not an ordinary file is refused at once. */
class StorePathsTest {
    @TempDir
    Path dir;

    private StoreException refused(Path file) {
        return assertThrows(StoreException.class, () -> Store.open(file).close());
    }

    @Test
    void aStoreOpenUnderOneNameIsRefusedThroughASymbolicLink() throws IOException {
        Path file = dir.resolve("plan.sqlite");
        Path link = dir.resolve("link.sqlite");
        try {
            Files.createSymbolicLink(link, file);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        try (Store first = Store.open(file)) {
            assertTrue(refused(link).getMessage().contains("is already open in another copy of JointPlan"));
        }
        try (Store throughLink = Store.open(link)) {
            assertEquals(file.toRealPath(), throughLink.file(), "the store is the real file");
            assertTrue(refused(file).getMessage().contains("is already open in another copy of JointPlan"));
        }
        assertTrue(Files.notExists(dir.resolve("link.sqlite.lock")), "one lock, named after the real file");
    }

    @Test
    void aStoreWithAHardLinkIsRefusedUnderEveryName() throws IOException {
        Path file = dir.resolve("plan.sqlite");
        Path other = dir.resolve("other-name.sqlite");
        try (Store first = Store.open(file)) {
            try {
                Files.createLink(other, file);
            } catch (UnsupportedOperationException | IOException e) {
                assumeTrue(false, "no hard links here");
            }
            String message = refused(other).getMessage();
            assertEquals("The plan store " + other + " has other names on this disk (hard links), so JointPlan"
                    + " cannot tell whether it is open under another name; copy it to a file of its own and open"
                    + " the copy.", message);
        }
        assertTrue(refused(file).getMessage().contains("has other names on this disk (hard links)"));
        Files.delete(other);
        Store.open(file).close(); // one name again: opens
    }

    @Test
    void aDeviceIsRefusedAsNotAnOrdinaryFile() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device));
        assertEquals(device + " is not an ordinary file (it is a device or a pipe), not a plan store; give the"
                + " path of a .sqlite file.", refused(device).getMessage());
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.sqlite");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        // Opening a pipe blocks until its other end opens. The writer lets an opening store go on (and see an empty
        // file) instead of hanging the test; a store that never opens the pipe leaves the writer waiting, so the
        // test opens the reading end itself at the end.
        Thread writer = new Thread(() -> {
            try (FileOutputStream out = new FileOutputStream(fifo.toFile())) {
                out.flush();
            } catch (IOException ignored) {
                // the test is over
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            assertTrue(refused(fifo).getMessage().contains("is not an ordinary file (it is a device or a pipe)"));
        } finally {
            if (writer.isAlive()) {
                new FileInputStream(fifo.toFile()).close();
            }
            writer.join();
        }
        assertEquals(1, Files.list(dir).count(), "no lock file beside it");
    }

    @Test
    void aPipeInPlaceOfTheLockOrLogIsRefusedWithoutWaiting() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        Store.open(file).close();
        Path lock = dir.resolve("plan.sqlite.lock");
        Files.delete(lock);
        assumeTrue(mkfifo(lock), "mkfifo is not available");
        assertEquals(lock + " beside the plan store is not an ordinary file; move it away, then try again.",
                refused(file).getMessage());
    }

    @Test
    void aRelativeLinkReachedThroughALinkedFolderLeadsWhereTheSystemSays() throws IOException {
        Path inner = Files.createDirectories(dir.resolve("real/inner"));
        Path file = dir.resolve("real/plan.sqlite");
        Store.open(file).close();
        Path linkedFolder = dir.resolve("linked");
        try {
            Files.createSymbolicLink(linkedFolder, inner);
            Files.createSymbolicLink(inner.resolve("store"), Path.of("../plan.sqlite")); // "..": real/, not dir/
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        assertEquals(file.toRealPath(), StorePath.real(linkedFolder.resolve("store")));
        assertEquals(file.toRealPath(), StorePath.real(linkedFolder.resolve("../plan.sqlite")));
        try (Store first = Store.open(file)) {
            assertTrue(refused(linkedFolder.resolve("store")).getMessage().contains("is already open"));
        }
        assertTrue(Files.notExists(dir.resolve("plan.sqlite")), "no second store made beside the link");
    }

    @Test
    void aLoopOfLinksIsRefusedWithNothingMadeBesideIt() throws IOException {
        Path a = dir.resolve("a.sqlite");
        try {
            Files.createSymbolicLink(a, dir.resolve("b.sqlite"));
            Files.createSymbolicLink(dir.resolve("b.sqlite"), a);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        assertTrue(refused(a).getMessage().endsWith(" is a link that leads round in a loop, not a plan store; give"
                + " the path of the store file itself."));
        assertEquals(2, Files.list(dir).count(), "no lock file beside it");
    }

    @Test
    void theLockFileIsForTheOwnerOnly() throws IOException {
        Path file = dir.resolve("plan.sqlite");
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        try (Store store = Store.open(file)) {
            // readable by others, anyone could take a shared lock on it and keep JointPlan out of the store
            assertEquals(FilePermissions.PRIVATE_FILE, Files.getPosixFilePermissions(dir.resolve("plan.sqlite.lock")));
        }
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
