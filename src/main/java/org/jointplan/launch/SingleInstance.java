package org.jointplan.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One window per plan store and user. The first start takes an OS file lock in the instance folder (in the user's
 * data folder) and becomes the {@link InstanceOwner}; a later start on the same store cannot take the lock, so it
 * drops a {@link HandOff} file into the owner's inbox and waits until the owner has taken it (deleted it).
 *
 * <p>Why files and not a loopback socket: no port is ever opened (council laptops run security software that flags
 * listening programs, and JointPlan promises no network at all), nothing needs a secret token, the OS releases the
 * lock when a process dies so there is no stale state to detect, and the folder is already private to the user.
 * The cost is a listing of a small folder four times a second in the running window.
 */
public final class SingleInstance {
    /** What became of this start. */
    public enum Outcome {
        /** This process owns the store's window: go on and show it. */
        FIRST,
        /** The window already open took the request: this process has nothing more to do. */
        HANDED_OVER,
        /** Another process holds the lock but did not take the request in time. */
        NOT_ANSWERING,
        /** The instance folder cannot be used: go on without single-instance checks. */
        UNAVAILABLE
    }

    /** The outcome, with the owner when this process is {@link Outcome#FIRST}. */
    public record Claim(Outcome outcome, InstanceOwner owner) {
    }

    private static final Duration STALE = Duration.ofMinutes(1);
    private static final long WAIT_STEP_MS = 50;

    private SingleInstance() {
    }

    /**
     * Becomes the owner of the store's window, or hands {@code handOff} to the owner and waits up to
     * {@code patience} for it to be taken.
     */
    public static Claim claim(Path folder, Path store, HandOff handOff, Duration patience) {
        String key = key(store);
        Path inbox = folder.resolve(key + ".inbox");
        FileChannel channel;
        try {
            createPrivateFolder(folder);
            createPrivateFolder(inbox);
            channel = FileChannel.open(folder.resolve(key + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return new Claim(Outcome.UNAVAILABLE, null);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM already owns it (tests start two "instances" in one process)
        } catch (IOException e) {
            closeQuietly(channel);
            return new Claim(Outcome.UNAVAILABLE, null);
        }
        if (lock != null) {
            InstanceOwner.removeStale(inbox, STALE);
            return new Claim(Outcome.FIRST, new InstanceOwner(channel, lock, inbox));
        }
        closeQuietly(channel);
        return new Claim(handOver(inbox, handOff, patience), null);
    }

    private static Outcome handOver(Path inbox, HandOff handOff, Duration patience) {
        String name = UUID.randomUUID().toString();
        Path request = inbox.resolve(name + InstanceOwner.REQUEST);
        try {
            Path partial = inbox.resolve(name + ".tmp");
            Files.writeString(partial, handOff.write(), StandardCharsets.UTF_8);
            // renamed when complete, so the owner never reads half a request
            Files.move(partial, request, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return Outcome.NOT_ANSWERING;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!Files.exists(request)) {
                return Outcome.HANDED_OVER;
            }
            sleep(WAIT_STEP_MS);
        }
        try {
            Files.delete(request);
            return Outcome.NOT_ANSWERING;
        } catch (NoSuchFileException takenJustNow) {
            return Outcome.HANDED_OVER;
        } catch (IOException e) {
            return Outcome.NOT_ANSWERING;
        }
    }

    /** A short, stable file name for the store: the same store always meets the same owner. */
    static String key(Path store) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    store.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "store-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Creates the folder readable by the user only, where the file system knows POSIX permissions. */
    private static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder.getParent());
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(folder); // Windows: %APPDATA% is already private to the user
            }
        } catch (FileAlreadyExistsException raced) {
            // another start made it at the same moment
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            // nothing more to do
        }
    }
}
