package org.jointplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Puts a checked store file in place of a store that could not be opened (damaged, say), under the store's lock so
 * that no running JointPlan is using it. Nothing is deleted: the file that was there, with its WAL if it has one,
 * is moved into the backups folder as "NAME-TIME.sqlite.set-aside" (not a name the backups list or prune).
 */
public final class StoreSwap {
    public static final String SET_ASIDE = ".set-aside";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS");

    private StoreSwap() {
    }

    /** Moves {@code replacement} to {@code store} and returns where the old store file was put. */
    public static Path replaceUnopened(Path store, Path replacement, Clock clock) {
        Path file = StorePath.real(store);
        try (StoreLock lock = StoreLock.acquire(file)) {
            Path folder = Backups.of(file).folder();
            FilePermissions.createPrivateFolder(folder);
            Path aside = folder.resolve(file.getFileName().toString().replaceFirst("\\.sqlite$", "") + "-"
                    + TIME.format(LocalDateTime.now(clock)) + ".sqlite" + SET_ASIDE);
            List<String> suffixes = List.of("", "-wal", "-shm");
            for (String suffix : suffixes) {
                Path from = Path.of(file + suffix);
                if (Files.exists(from)) {
                    Files.move(from, Path.of(aside + suffix), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            try {
                Files.move(replacement, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                for (String suffix : suffixes) { // put back what was there: never leave no store at all
                    if (Files.exists(Path.of(aside + suffix))) {
                        Files.move(Path.of(aside + suffix), Path.of(file + suffix), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                throw e;
            }
            return aside;
        } catch (IOException e) {
            throw new StoreException("JointPlan could not put the backup in place of " + file + " ("
                    + e.getMessage() + "); the plan store is as it was.", e);
        }
    }
}
