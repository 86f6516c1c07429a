package org.jointplan.service;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.jointplan.bundle.PackageReader;
import org.jointplan.bundle.PlanPackage;
import org.jointplan.bundle.WrongPassphraseException;
import org.jointplan.store.Store;

/**
 * Opening a package as the window does (File > Open package, a double-click): the file is read and decrypted once,
 * and what it holds decides what happens. A plan not in the store yet is added; a copy of a plan already there is
 * compared for review; a protected package without the right passphrase asks for it. Call from the background
 * thread.
 */
public final class PackageOpener {
    private final PackageService packages;
    private final MergeService merges;

    public PackageOpener(PackageService packages, MergeService merges) {
        this.packages = packages;
        this.merges = merges;
    }

    /** What opening a package came to. */
    public sealed interface Opened permits Added, ToReview, Locked {
    }

    /** A new plan, now in the store. */
    public record Added(PackageService.Imported imported) implements Opened {
    }

    /** A partner's copy of a plan already in the store: their changes, for the user to review and merge. */
    public record ToReview(MergeService.Proposal proposal) implements Opened {
    }

    /**
     * A protected package that needs its passphrase; nothing was changed.
     *
     * @param problem why the last passphrase was not accepted, or empty when none was given
     */
    public record Locked(String fileName, String problem) implements Opened {
    }

    /** @param passphrase null when none was given yet; the caller keeps and clears the array */
    public Opened open(Store store, Path file, char[] passphrase, DoubleConsumer progress) {
        String name = String.valueOf(file.getFileName());
        if (passphrase == null && PackageReader.isEncrypted(file)) {
            return new Locked(name, "");
        }
        PlanPackage pkg;
        try {
            pkg = packages.read(file, passphrase, f -> progress.accept(f * 0.6));
        } catch (WrongPassphraseException e) {
            return new Locked(name, e.getMessage());
        }
        if (store.plans().stream().anyMatch(p -> p.id().equals(pkg.plan().id()))) {
            Opened review = new ToReview(merges.prepare(store, pkg, file));
            progress.accept(1.0);
            return review;
        }
        return new Added(packages.importPackage(store, pkg, file, f -> progress.accept(0.6 + f * 0.4)));
    }
}
