package org.jointplan.store;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rolling backups of a store, taken with VACUUM INTO (a consistent copy even while the store is in use) into
 * "NAME.backups/" beside it. A backup is written under a temporary name and renamed when complete, so a half-written
 * backup never looks like a real one. Only the newest {@link #KEEP} are kept.
 *
 * <p>A backup is named "NAME-TIME-SEQUENCE.sqlite". The sequence number, one more than the highest in the folder,
 * is what orders them: a clock that was once ahead would otherwise make a new backup look older than the ones it
 * dated in the future, and prune it at once. Backups named before the sequence existed ("NAME-TIME.sqlite") count
 * as older than every numbered one, in the order of their names. Only ordinary files are backups: a folder or a
 * link in the folder is neither offered nor pruned. The backup files get the store's permissions (a
 * store holds private notes) and a new backups folder is for its owner only.
 */
public final class Backups {
    public static final int KEEP = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS");
    private static final Pattern NUMBERED = Pattern.compile(".*-\\d{8}-\\d{6}-\\d{3}-(\\d{6,})\\.sqlite");
    private static final Comparator<Path> NEWEST_FIRST = Comparator.comparing(Backups::sequence)
            .thenComparing(f -> f.getFileName().toString()).reversed();

    private final Path store;
    private final Clock clock;

    Backups(Path store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The backups of a store that is not open: to restore one when the store itself cannot be opened. */
    public static Backups of(Path store) {
        return of(store, Clock.systemDefaultZone());
    }

    public static Backups of(Path store, Clock clock) {
        return new Backups(StorePath.real(store), clock);
    }

    public Path folder() {
        return store.resolveSibling(store.getFileName() + ".backups");
    }

    /** The backups, newest (most recently taken) first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sqlite"))
                    .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) // a link or folder is not ours
                    .sorted(NEWEST_FIRST).toList();
        } catch (IOException e) {
            throw new StoreException("JointPlan could not list the backups in " + folder() + ".", e);
        }
    }

    /** True when the newest backup is older than {@code age}, or dated in the future (a clock was ahead), or none. */
    boolean isDue(Duration age) {
        List<Path> existing = list();
        if (existing.isEmpty()) {
            return true;
        }
        try {
            Instant newest = Files.getLastModifiedTime(existing.get(0)).toInstant();
            Instant now = clock.instant();
            return newest.isBefore(now.minus(age)) || newest.isAfter(now);
        } catch (IOException e) {
            return true;
        }
    }

    /** Takes a backup and prunes the oldest, never one of {@code keep} (a backup being restored, say). */
    Path take(java.sql.Connection connection, Collection<Path> keep) throws java.sql.SQLException {
        if (Files.exists(folder()) && !Files.isDirectory(folder())) {
            throw new StoreException(folder() + " is a file, not the folder of backups; move it away so that"
                    + " JointPlan can keep backups there.");
        }
        try {
            FilePermissions.createPrivateFolder(folder());
            List<Path> existing = list();
            BigInteger sequence = existing.stream().map(Backups::sequence).max(Comparator.naturalOrder())
                    .orElse(BigInteger.ZERO).add(BigInteger.ONE);
            String stem = store.getFileName().toString().replaceFirst("\\.sqlite$", "");
            Path target = folder().resolve(stem + "-" + TIME.format(LocalDateTime.now(clock)) + "-"
                    + String.format("%06d", sequence) + ".sqlite");
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            FilePermissions.createEmptyLike(partial, store); // VACUUM INTO fills an empty file, keeping its mode
            try (var st = connection.prepareStatement("VACUUM INTO ?")) {
                st.setString(1, partial.toString());
                st.execute();
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial); // a failed backup leaves no file behind (each has a name of its own)
            }
            Set<Path> kept = new HashSet<>(keep);
            kept.add(target);
            prune(kept);
            return target;
        } catch (IOException e) {
            throw new StoreException(DiskFull.is(e)
                    ? "The disk is full, so JointPlan could not write a backup in " + folder() + "; free some space."
                    : "JointPlan could not write a backup in " + folder() + " (" + e.getMessage() + ").", e);
        }
    }

    private void prune(Set<Path> keep) throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            if (!keep.contains(old)) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** The order of creation of a backup: 0 for the ones named before backups were numbered. */
    private static BigInteger sequence(Path backup) {
        Matcher m = NUMBERED.matcher(backup.getFileName().toString());
        return m.matches() ? new BigInteger(m.group(1)) : BigInteger.ZERO; // a name may hold any number of digits
    }
}
