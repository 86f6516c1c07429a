package org.jointplan.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.jointplan.bundle.PackageException;
import org.jointplan.store.DiskFull;

/**
 * Writes a file all at once or not at all: the bytes go to a temporary file in the same folder, are forced to disk,
 * and the temporary file is then moved over the target. A failure (a full disk, a cancelled export, a crash) never
 * leaves a half-written file under the target's name, nor harms a file that was already there.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    static void write(Path target, byte[] bytes) {
        write(target, bytes, "package");
    }

    /** Puts the finished temporary file in the target's place. */
    interface Replace {
        void move(Path temp, Path target) throws IOException;
    }

    /** @param what what the file is, for the messages: "package", "report" */
    static void write(Path target, byte[] bytes, String what) {
        write(target, bytes, what, AtomicFile::move);
    }

    static void write(Path target, byte[] bytes, String what, Replace replace) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new PackageException("The folder " + folder + " does not exist; choose another place for the"
                    + " " + what + ".");
        }
        if (Files.isDirectory(target)) {
            throw new PackageException(target + " is a folder; choose a file name for the " + what + ".");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                out.write(bytes);
                out.flush();
                channel.force(true);
            }
            replaceOrSayWhy(replace, temp, target, what);
        } catch (AccessDeniedException e) {
            throw new PackageException("JointPlan is not allowed to write in " + folder + "; choose another folder.",
                    e);
        } catch (NoSuchFileException e) {
            throw new PackageException("The folder " + folder + " does not exist; choose another place for the"
                    + " " + what + ".", e);
        } catch (IOException e) {
            throw new PackageException(DiskFull.is(e)
                    ? "The disk is full, so the " + what + " could not be written to " + target + "; free some"
                            + " space and try again. Nothing was changed there."
                    : "The " + what + " could not be written to " + target + " (" + e.getMessage()
                            + "); nothing was changed there.", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * On Windows a file open in Word cannot be replaced: the move is refused though the folder is writable. Say so,
     * rather than blame the folder.
     */
    private static void replaceOrSayWhy(Replace replace, Path temp, Path target, String what) throws IOException {
        try {
            replace.move(temp, target);
        } catch (FileSystemException e) {
            if (!Files.exists(target) || e instanceof NoSuchFileException) {
                throw e;
            }
            throw new PackageException(target + " could not be replaced: it may be open in another program, such as"
                    + " Word; close it and try again, or save the " + what + " under another name. Nothing was"
                    + " changed there.", e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network and FAT file systems; the copy is complete on disk, so the window of risk is the rename
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray .part file is harmless and named as such
            }
        }
    }
}
