package org.jointplan.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.Tombstone;
import org.jointplan.domain.UkDates;

/**
 * Reads a package as hostile input and gives back a plan only when every check passes: the file's size, the
 * passphrase, the zip's structure and limits (see {@link PackageLimits}), the format version, each entry against
 * its manifest checksum, the JSON parser's limits, each record's own rules and the plan's rules. Anything else is
 * refused with one plain sentence. Nothing is written anywhere; entry names are only compared, never used as paths.
 *
 * <p>Progress goes to a {@link DoubleConsumer} between steps, from 0 to 1; it may throw to stop the work.
 */
public final class PackageReader {
    /** How far ahead of this computer's clock a sender's clock may run. */
    static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private final PackageLimits limits;
    private final Clock clock;

    public PackageReader() {
        this(PackageLimits.DEFAULT, Clock.systemUTC());
    }

    public PackageReader(PackageLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Whether the file is a passphrase-protected package, so that the window can ask before reading it. */
    public static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PackageCrypto.isEncrypted(in.readNBytes(PackageCrypto.MAGIC.length));
        } catch (IOException e) {
            return false; // reading it properly will say what is wrong
        }
    }

    /** @param passphrase null when none was given; the caller keeps and clears the array */
    public PlanPackage read(Path file, char[] passphrase, DoubleConsumer progress) {
        return read(load(file), String.valueOf(file.getFileName()), passphrase, progress);
    }

    /** @param name the file's name, for messages */
    public PlanPackage read(byte[] file, String name, char[] passphrase, DoubleConsumer progress) {
        if (file.length > limits.maxPackageBytes()) {
            throw tooLarge(name);
        }
        progress.accept(0.1);
        boolean encrypted = PackageCrypto.isEncrypted(file);
        byte[] zip = encrypted ? PackageCrypto.decrypt(file, passphrase) : file;
        progress.accept(0.3);
        if (!PackageFormat.startsWith(zip, PackageFormat.ZIP_MAGIC)) {
            throw new PackageException(name + " is not a JointPlan package.");
        }
        List<ZipDirectory.Listed> listed = ZipDirectory.read(zip, limits);
        Map<String, byte[]> entries = new LimitedUnzip(limits).read(zip, listed);
        progress.accept(0.5);
        Manifest manifest = manifest(entries.get(PackageFormat.MANIFEST), name);
        if (manifest.exportedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            // it would stay "newer" than every later package from the same sender
            throw new PackageException("The package says it was made on " + UkDates.numeric(LocalDate.ofInstant(
                    manifest.exportedAt(), ExportDetails.UK)) + ", which is in the future; ask the sender to check"
                    + " their computer's clock and send a new package.");
        }
        checkEntries(manifest, listed, entries);
        progress.accept(0.6);
        PlanData plan = plan(entries.get(PackageFormat.PLAN), manifest);
        progress.accept(1.0);
        return new PlanPackage(manifest, plan, encrypted);
    }

    private byte[] load(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new PackageException(file + " is a folder, not a JointPlan package.");
            }
            if (Files.size(file) > limits.maxPackageBytes()) {
                throw tooLarge(String.valueOf(file.getFileName()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // read no further than the limit, whatever the file's size is by now
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxPackageBytes() + 1));
            }
        } catch (NoSuchFileException e) {
            throw new PackageException("There is no file " + file + ".", e);
        } catch (AccessDeniedException e) {
            throw new PackageException("JointPlan is not allowed to read " + file + ".", e);
        } catch (IOException e) {
            throw new PackageException("JointPlan could not read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    /** The version is read from the tree first: a newer manifest may have fields this version does not know. */
    private static Manifest manifest(byte[] bytes, String name) {
        if (bytes == null) {
            throw new PackageException("The package has no manifest (" + PackageFormat.MANIFEST
                    + "), so it is not a complete JointPlan package.");
        }
        String what = "The package's manifest";
        try {
            JsonNode tree = PlanJson.mapper().readTree(new ByteArrayInputStream(bytes));
            JsonNode version = tree == null ? null : tree.get("formatVersion");
            if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
                    || version.intValue() < 1) {
                throw new PackageException(what + " gives no usable format version.");
            }
            if (version.intValue() > PackageFormat.VERSION) {
                throw new PackageException("This package was made by a newer version of JointPlan (format "
                        + version.intValue() + "); this version reads formats up to " + PackageFormat.VERSION + ".");
            }
            Manifest manifest = PlanJson.mapper().treeToValue(tree, Manifest.class);
            if (!"JointPlan".equals(manifest.application())) {
                throw new PackageException(name + " is not a JointPlan package.");
            }
            return manifest;
        } catch (IOException | RuntimeException e) {
            throw e instanceof PackageException p ? p : JsonErrors.explain(e, what);
        }
    }

    /** Every entry but the manifest is listed in it with a matching checksum, and nothing else is in the zip. */
    private static void checkEntries(Manifest manifest, List<ZipDirectory.Listed> listed, Map<String, byte[]> found) {
        Set<String> names = new HashSet<>();
        for (Manifest.Entry entry : manifest.entries()) {
            if (!names.add(entry.name())) {
                throw new PackageException("The package's manifest lists " + JsonErrors.shown(entry.name())
                        + " twice.");
            }
            if (!PackageFormat.ENTRIES.contains(entry.name()) || entry.name().equals(PackageFormat.MANIFEST)) {
                throw new PackageException("The package's manifest lists an entry JointPlan does not know ("
                        + JsonErrors.shown(entry.name()) + ").");
            }
            byte[] content = found.get(entry.name());
            if (content == null) {
                throw new PackageException("The package is missing " + entry.name() + ", which its manifest lists.");
            }
            if (!entry.matches(content)) {
                throw new PackageException("The package's entry " + entry.name() + " does not match its checksum;"
                        + " the file was damaged or altered after it was made.");
            }
        }
        for (ZipDirectory.Listed entry : listed) {
            if (!PackageFormat.ENTRIES.contains(entry.name())) {
                throw new PackageException("The package holds an entry JointPlan does not know ("
                        + JsonErrors.shown(entry.name()) + ").");
            }
            if (!entry.name().equals(PackageFormat.MANIFEST) && !names.contains(entry.name())) {
                throw new PackageException("The package's entry " + entry.name() + " is not listed in its manifest,"
                        + " so it cannot be checked.");
            }
        }
        if (!names.contains(PackageFormat.PLAN)) {
            throw new PackageException("The package holds no plan (" + PackageFormat.PLAN + ").");
        }
    }

    private static PlanData plan(byte[] bytes, Manifest manifest) {
        String what = "The plan in the package";
        PlanData plan;
        try {
            // from a stream, so that Jackson's document-length limit applies as well
            plan = PlanJson.mapper().readValue(new ByteArrayInputStream(bytes), PlanData.class);
        } catch (IOException | RuntimeException e) {
            throw JsonErrors.explain(e, what);
        }
        if (plan == null) {
            throw new PackageException("The package holds no plan (" + PackageFormat.PLAN + " is empty).");
        }
        if (!plan.id().equals(manifest.planId())) {
            throw new PackageException("The package's manifest names a different plan from the one it holds.");
        }
        List<String> problems = PlanRules.problems(plan);
        if (!problems.isEmpty()) {
            throw new PackageException(what + " breaks a rule: " + JsonErrors.lowerFirst(problems.get(0)));
        }
        Set<UUID> deleted = new HashSet<>();
        for (Tombstone t : plan.tombstones()) {
            if (!deleted.add(t.id())) {
                throw new PackageException(what + " lists the deleted record " + t.id() + " twice.");
            }
        }
        return plan;
    }

    private PackageException tooLarge(String name) {
        return new PackageException(name + " is larger than JointPlan accepts for a package ("
                + PackageLimits.megabytes(limits.maxPackageBytes()) + ").");
    }
}
