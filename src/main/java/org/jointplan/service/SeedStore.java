package org.jointplan.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jointplan.store.Store;

/**
 * The store a new installation starts from: the 2024/25 sample plan, seeded from its JSON at build time (pom.xml
 * runs {@link #main} after compiling) and shipped as a resource. Copying it is how a new store is made, so the
 * first start does not read the JSON: a cold JSON mapper takes about 0.2 s, which the first window would wait for.
 * Without the resource (a build that skipped the step), a new store is seeded from the JSON as before.
 */
public final class SeedStore {
    static final String RESOURCE = "/org/jointplan/seed/plan-2024-25.sqlite";
    private static final Logger LOG = Logger.getLogger(SeedStore.class.getName());

    private SeedStore() {
    }

    /**
     * Puts a copy of the seed store at {@code file} when nothing is there yet; true when it did. Never replaces a
     * file: the copy is made beside it and renamed into place only if the name is still free, so a store is never
     * seen half-copied. Any failure leaves nothing behind, and the caller makes the store the slow way.
     */
    static boolean copyIfNew(Path file) {
        if (Files.exists(file)) {
            return false;
        }
        try (InputStream seed = SeedStore.class.getResourceAsStream(RESOURCE)) {
            if (seed == null) {
                return false;
            }
            Path folder = file.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                return false; // a missing folder is the store's to explain (it is never created for a mistyped path)
            }
            Path copy = Files.createTempFile(folder, ".seed-", ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                    seed.transferTo(Channels.newOutputStream(channel));
                    channel.force(true); // on disk before it takes the store's name: a power cut leaves no half store
                }
                Files.move(copy, file); // a rename in the same folder; refused if a file appeared meanwhile
                return true;
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "The seed store was not copied to " + file + "; seeding from the sample plan", e);
            return false;
        }
    }

    /** Build step: writes the seed store to {@code args[0]}, seeded from the sample plan's JSON. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createTempDirectory("jointplan-seed");
        try {
            try (Store store = Store.open(work.resolve("seed.sqlite"))) {
                Workspace.seedOnce(store);
                Path backup = store.backup(); // VACUUM INTO: one compact file, no WAL beside it
                Files.createDirectories(target.getParent());
                Files.move(backup, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
