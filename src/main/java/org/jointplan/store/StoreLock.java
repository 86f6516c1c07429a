package org.jointplan.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock beside the store, held while the store is open, so that a second copy of JointPlan says the plan
 * is already open instead of working on it at the same time. The OS releases it if the process dies.
 */
final class StoreLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static StoreLock acquire(Path store) {
        Path lockFile = store.resolveSibling(store.getFileName() + ".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("JointPlan cannot write in the folder " + store.getParent()
                    + "; choose a store in a folder you can write to.", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new StoreLock(channel, lock);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // fall through: treat as held by someone else
        }
        closeQuietly(channel);
        throw new StoreException("The plan store " + store + " is already open in another copy of JointPlan;"
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
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing useful to do
        }
    }
}
