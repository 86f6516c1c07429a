package org.jointplan.bundle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jointplan.domain.PlausibleDates;
import org.jointplan.domain.Text;

/**
 * manifest.json: what a package is, who made it and when, and the size and SHA-256 of every other entry, so that a
 * damaged or altered entry is refused before it is read.
 *
 * @param application            always "JointPlan"; a reader can tell our packages from other zips
 * @param applicationVersion     the version of JointPlan that wrote the package, for support
 * @param exportedByOrganisation the organisation of the person who exported it (may be blank)
 * @param packageId              this package's id: the exchange it records
 * @param basedOnPackageId       the package the sender's copy came from, if any: the base of a three-way merge
 */
public record Manifest(int formatVersion, String application, String applicationVersion, UUID planId,
                       String planTitle, Instant exportedAt, String exportedByOrganisation, String exportedByPerson,
                       List<Entry> entries, UUID packageId, UUID basedOnPackageId) {

    public Manifest {
        if (formatVersion < 1) {
            throw new PackageException("The package's manifest gives no usable format version.");
        }
        if (planId == null || exportedAt == null) {
            throw new PackageException("The package's manifest does not say which plan it holds or when it was made.");
        }
        if (!PlausibleDates.plausible(exportedAt)) { // a time no change stamp may carry breaks every later merge
            throw new PackageException("The package says it was made on " + exportedAt + ", which cannot be right;"
                    + " ask the sender for a new package.");
        }
        application = orEmpty(application);
        applicationVersion = orEmpty(applicationVersion);
        planTitle = orEmpty(planTitle);
        exportedByOrganisation = orEmpty(exportedByOrganisation);
        exportedByPerson = orEmpty(exportedByPerson);
        // refused here, on reading, so that diff and import agree on what a hostile package is
        for (String text : List.of(planTitle, exportedByOrganisation, exportedByPerson)) {
            if (!Text.isOneLine(text)) {
                throw new PackageException("The package's manifest names its plan or sender with control"
                        + " characters, so it was not read; ask the sender for a new package.");
            }
        }
        entries = entries == null ? List.of() : List.copyOf(entries);
        if (packageId == null) {
            throw new PackageException("The package's manifest does not give the package's own id.");
        }
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** One entry of the package: its name in the zip, its uncompressed size and the SHA-256 of its bytes. */
    public record Entry(String name, long size, String sha256) {
        private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

        public Entry {
            Objects.requireNonNull(name, "name");
            if (size < 0 || sha256 == null || !HEX_64.matcher(sha256).matches()) {
                throw new PackageException("The package's manifest lists the entry " + name
                        + " without a proper size and checksum.");
            }
        }

        public static Entry of(String name, byte[] content) {
            return new Entry(name, content.length, sha256(content));
        }

        /** Does this content have the size and checksum the manifest gives? */
        public boolean matches(byte[] content) {
            return content.length == size && sha256(content).equals(sha256);
        }

        static String sha256(byte[] content) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256.", e);
            }
        }
    }
}
