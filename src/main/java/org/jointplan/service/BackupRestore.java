package org.jointplan.service;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jointplan.store.Backups;
import org.jointplan.store.FilePermissions;
import org.jointplan.store.Store;
import org.jointplan.store.StoreException;
import org.jointplan.store.StorePath;
import org.jointplan.store.StoreSwap;

/**
 * Puts a backup back in place of the open store, safely:
 * <ol>
 * <li>the backup is copied beside the store and opened as a store of its own, so it is checked (header,
 *     application id, schema version, quick_check) and upgraded before anything else happens; a backup that fails
 *     leaves everything as it was;</li>
 * <li>a backup of the store as it is now is taken, so the restore itself can be undone by restoring that one;</li>
 * <li>the store is closed (its write-ahead log is checkpointed) and the checked copy is renamed over it in one
 *     atomic step;</li>
 * <li>the store is opened again.</li>
 * </ol>
 * Restoring into the current store record by record was the alternative; it would keep stale rows of plans that
 * the backup does not have, and merge rules belong to plan packages, not to backups.
 */
public final class BackupRestore {
    private static final Logger LOG = Logger.getLogger(BackupRestore.class.getName());

    private BackupRestore() {
    }

    /** One backup as the user chooses it. */
    public record Entry(Path file, Instant taken, long bytes) {
    }

    /** What the restore did: the store reopened, the backup taken just before, and whether the swap happened. */
    public record Outcome(Workspace workspace, Path safetyBackup, boolean restored, String message) {
    }

    /** The store's backups, newest first. */
    public static List<Entry> list(Store store) {
        return entries(store.backups().list());
    }

    /** The backups of a store that could not be opened, newest first. */
    public static List<Entry> listUnopened(Path store) {
        return entries(Backups.of(store).list());
    }

    private static List<Entry> entries(List<Path> files) {
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            try {
                entries.add(new Entry(file, Files.getLastModifiedTime(file).toInstant(), Files.size(file)));
            } catch (IOException e) {
                // removed while listing: not offered
            }
        }
        return entries;
    }

    /**
     * Replaces the store of {@code current} by {@code backup}. A problem found before the store is closed throws a
     * {@link StoreException} and leaves {@code current} open and unchanged. Once it is closed, the store is always
     * opened again: the outcome says whether the backup is now in place.
     */
    public static Outcome restore(Workspace current, Path backup) {
        Path store = current.file();
        if (!current.store().backups().list().contains(backup)) {
            throw new StoreException("Only a backup of this plan store can be restored; choose one from the list.");
        }
        Path staged = store.resolveSibling(store.getFileName() + ".restoring");
        stage(backup, staged, store);
        Path safety;
        try {
            safety = current.store().backupKeeping(List.of(backup)); // never prunes the one being restored
        } catch (RuntimeException e) {
            removeStaged(staged);
            throw e;
        }
        current.close();
        try {
            deleteIfExists(sibling(store, "-wal"));
            deleteIfExists(sibling(store, "-shm"));
            Files.move(staged, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The backup " + backup + " could not replace " + store, e);
            removeStaged(staged);
            return new Outcome(Workspace.open(store, current.clock()), safety, false, "The backup could not replace the plan store ("
                    + e.getMessage() + "); the plan store is as it was. Close other programs that may use it and"
                    + " try again.");
        }
        LOG.info("Restored the backup " + backup + " into " + store + "; the store as it was is kept as " + safety);
        return new Outcome(Workspace.open(store, current.clock()), safety, true, "The backup is restored. The plan as it was before"
                + " is kept as the backup " + safety.getFileName() + ".");
    }

    /**
     * Puts a backup in place of a store that could not be opened (damaged, say), and opens it. The backup is checked
     * first; the file that was there is not deleted but set aside in the backups folder (see {@link StoreSwap}),
     * and the store's lock is held meanwhile, so a store open in another JointPlan is refused unchanged.
     */
    public static Outcome restoreUnopened(Path store, Path backup) {
        return restoreUnopened(store, backup, Clock.systemDefaultZone());
    }

    /** As {@link #restoreUnopened(Path, Path)}, with the clock that names the file set aside and the backups. */
    public static Outcome restoreUnopened(Path given, Path backup, Clock clock) {
        Path store = StorePath.real(given);
        if (!Backups.of(store).list().contains(backup)) {
            throw new StoreException("Only a backup of this plan store can be restored; choose one from the list.");
        }
        Path staged = store.resolveSibling(store.getFileName() + ".restoring");
        stage(backup, staged, store);
        Path aside;
        try {
            aside = StoreSwap.replaceUnopened(store, staged, clock);
        } finally {
            removeStaged(staged);
        }
        LOG.info("Restored the backup " + backup + " into " + store + ", which could not be opened; that file is"
                + " kept as " + aside);
        return new Outcome(Workspace.open(store, clock), aside, true, "The backup is restored. The store file that could"
                + " not be opened is kept, unchanged, as " + aside.getFileName() + " in the backups folder.");
    }

    /**
     * Copies the backup beside the store and opens it as a store: checked, and upgraded to this version. The copy
     * gets the store's permissions, which it keeps once it takes the store's place.
     */
    private static void stage(Path backup, Path staged, Path store) {
        removeStaged(staged);
        try {
            FilePermissions.copyLike(backup, staged, store);
            Store.open(staged).close();
            removeStagedExtras(staged);
        } catch (IOException | RuntimeException e) {
            removeStaged(staged);
            throw new StoreException("The backup " + backup.getFileName() + " cannot be restored: "
                    + reason(e, staged) + ". The plan store has not been changed.", e);
        }
    }

    /**
     * What is wrong with the staged copy, as a clause: the store's sentence up to its advice (which is about a
     * store, not a backup), naming the copy "it".
     */
    private static String reason(Exception e, Path staged) {
        String message = String.valueOf(e.getMessage()).replace("The plan store " + staged, "it")
                .replace("This plan store", "it")
                .replace(staged.toString(), "it");
        int end = message.length();
        for (String stop : new String[] {";", ". ", ", so "}) {
            int at = message.indexOf(stop);
            end = at > 0 ? Math.min(end, at) : end;
        }
        String clause = message.substring(0, end);
        return clause.endsWith(".") ? clause.substring(0, clause.length() - 1) : clause;
    }

    private static void removeStaged(Path staged) {
        deleteIfExists(staged);
        removeStagedExtras(staged);
    }

    /** Opening the staged copy leaves a lock file, and may leave a WAL and an upgrade backup: none are wanted. */
    private static void removeStagedExtras(Path staged) {
        for (String suffix : List.of("-wal", "-shm", ".lock")) {
            deleteIfExists(sibling(staged, suffix));
        }
        Path backups = sibling(staged, ".backups");
        if (Files.isDirectory(backups)) {
            try {
                Files.walkFileTree(backups, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                LOG.log(Level.FINE, "Left " + backups, e);
            }
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + file, e);
        }
    }
}
