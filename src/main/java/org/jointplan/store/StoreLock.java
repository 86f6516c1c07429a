package org.jointplan.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OS file lock beside the store, held while the store is open, so that a second copy of JointPlan says the plan
 * is already open instead of working on it at the same time. The OS releases it if the process dies.
 *
 * <p>The lock file is named after the real file (links resolved, see {@link StorePath}), so every path to a store
 * meets the same lock; a store with hard links is refused before this (see {@link StoreFile}). Locks this process
 * holds are also kept in a set and checked first: on POSIX, closing any channel to a locked file releases the
 * process's lock on it, so a second attempt from this process must not even open the lock file.
 */
final class StoreLock implements AutoCloseable {
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static StoreLock acquire(Path store) {
        Path lockFile = lockFile(store);
        if (!HELD.add(lockFile)) {
            throw alreadyOpen(store);
        }
        FileChannel channel;
        try {
            channel = open(lockFile);
        } catch (IOException e) {
            HELD.remove(lockFile);
            throw new StoreException("JointPlan cannot write in the folder " + store.getParent()
                    + "; choose a store in a folder you can write to.", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new StoreLock(lockFile, channel, lock);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // fall through: treat as held by someone else
        }
        closeQuietly(channel);
        HELD.remove(lockFile);
        throw alreadyOpen(store);
    }

    /** Refuses a store another copy of JointPlan holds, without creating a lock file where there is none. */
    static void refuseIfHeld(Path store) {
        Path lockFile = lockFile(store);
        if (HELD.contains(lockFile)) {
            throw alreadyOpen(store);
        }
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        boolean free;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            free = lock != null;
            if (free) {
                lock.release();
            }
        } catch (IOException e) {
            return; // cannot even look: acquiring the lock later says what is wrong
        }
        if (!free) {
            throw alreadyOpen(store);
        }
    }

    /**
     * Opens the lock file, made for its owner only: anyone who may read it may also hold a shared lock on it, and
     * keep JointPlan out of the store.
     */
    private static FileChannel open(Path lockFile) throws IOException {
        if (!lockFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(FilePermissions.PRIVATE_FILE));
        try {
            Files.setPosixFilePermissions(lockFile, FilePermissions.PRIVATE_FILE); // one made before this version
        } catch (IOException e) {
            // another user's lock file: it still locks
        }
        return channel;
    }

    private static Path lockFile(Path store) {
        return store.resolveSibling(store.getFileName() + ".lock");
    }

    private static StoreException alreadyOpen(Path store) {
        return new StoreException("The plan store " + store + " is already open in another copy of JointPlan;"
                + " close it there, then try again.");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the lock goes with the channel anyway
        }
        closeQuietly(channel);
        HELD.remove(lockFile);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing useful to do
        }
    }
}
