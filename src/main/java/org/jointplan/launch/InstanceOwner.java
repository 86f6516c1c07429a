package org.jointplan.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Held by the process whose window owns a store: keeps the instance lock and, once {@link #listen} is called, takes
 * the hand-offs of later starts from its inbox. Polling a tiny folder is used rather than a WatchService because
 * macOS's WatchService polls anyway (every few seconds), and polling behaves the same on every system.
 */
public final class InstanceOwner implements AutoCloseable {
    static final String REQUEST = ".request";
    static final long POLL_MS = 250;
    private static final long MAX_REQUEST_BYTES = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(InstanceOwner.class.getName());

    private final FileChannel channel;
    private final FileLock lock;
    private final Path inbox;
    private ScheduledExecutorService poller;

    InstanceOwner(FileChannel channel, FileLock lock, Path inbox) {
        this.channel = channel;
        this.lock = lock;
        this.inbox = inbox;
    }

    /** Starts taking hand-offs; the handler runs on a background thread. Requests made before now are kept. */
    public synchronized void listen(Consumer<HandOff> handler) {
        if (poller != null) {
            throw new IllegalStateException("already listening");
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "jointplan-handoff");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> takeRequests(handler), 0, POLL_MS, TimeUnit.MILLISECONDS);
    }

    private void takeRequests(Consumer<HandOff> handler) {
        for (Path request : requests()) {
            Optional<HandOff> handOff = take(request);
            try {
                handOff.ifPresent(handler);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A hand-off from a second start failed", e);
            }
        }
    }

    private List<Path> requests() {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox, "*" + REQUEST)) {
            files.forEach(found::add);
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(InstanceOwner::modified));
        return found;
    }

    /** Reads and deletes one request; deleting it is the acknowledgement the second start waits for. */
    private static Optional<HandOff> take(Path request) {
        try {
            if (Files.size(request) > MAX_REQUEST_BYTES) {
                Files.deleteIfExists(request);
                return Optional.empty();
            }
            String text = Files.readString(request, StandardCharsets.UTF_8);
            Files.delete(request);
            Optional<HandOff> handOff = HandOff.read(text);
            if (handOff.isEmpty()) {
                LOG.warning("Ignored a file in the hand-off folder that is not a hand-off: " + request);
            }
            return handOff;
        } catch (IOException e) {
            return Optional.empty(); // taken or removed meanwhile; a request that cannot be deleted is not handled
        }
    }

    /** Requests left by starts that gave up long ago would otherwise surprise the next window. */
    static void removeStale(Path inbox, Duration age) {
        Instant before = Instant.now().minus(age);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox)) {
            for (Path file : files) {
                if (modified(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // leave them: they are ignored when they do not parse
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
        SingleInstance.closeQuietly(lock::release);
        SingleInstance.closeQuietly(channel);
    }
}
