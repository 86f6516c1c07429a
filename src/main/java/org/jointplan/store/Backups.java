package org.jointplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rolling backups of a store, taken with VACUUM INTO (a consistent copy even while the store is in use) into
 * "NAME.backups/" beside it. A backup is written under a temporary name and renamed when complete, so a half-written
 * backup never looks like a real one. Only the newest {@link #KEEP} are kept.
 */
public final class Backups {
    public static final int KEEP = 5;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS");

    private final Path store;
    private final Clock clock;

    Backups(Path store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The backups of a store that is not open: to restore one when the store itself cannot be opened. */
    public static Backups of(Path store) {
        return new Backups(store.toAbsolutePath(), Clock.systemDefaultZone());
    }

    public Path folder() {
        return store.resolveSibling(store.getFileName() + ".backups");
    }

    /** The backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sqlite"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("JointPlan could not list the backups in " + folder() + ".", e);
        }
    }

    /** True when the newest backup is older than {@code age}, or there is none. */
    boolean isDue(Duration age) {
        List<Path> existing = list();
        if (existing.isEmpty()) {
            return true;
        }
        try {
            Instant newest = Files.getLastModifiedTime(existing.get(0)).toInstant();
            return newest.isBefore(clock.instant().minus(age));
        } catch (IOException e) {
            return true;
        }
    }

    Path take(java.sql.Connection connection) throws java.sql.SQLException {
        String stem = store.getFileName().toString().replaceFirst("\\.sqlite$", "");
        Path target = folder().resolve(stem + "-" + NAME.format(LocalDateTime.ofInstant(clock.instant(),
                ZoneId.systemDefault())) + ".sqlite");
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(folder());
            Files.deleteIfExists(partial);
            try (var st = connection.prepareStatement("VACUUM INTO ?")) {
                st.setString(1, partial.toString());
                st.execute();
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return target;
        } catch (IOException e) {
            throw new StoreException("JointPlan could not write a backup in " + folder() + " ("
                    + e.getMessage() + ").", e);
        }
    }

    private void prune() throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }
}
