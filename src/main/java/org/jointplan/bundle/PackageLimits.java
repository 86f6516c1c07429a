package org.jointplan.bundle;

/**
 * What a package may hold before the reader refuses it. Every limit is checked on the bytes actually read, never
 * only on sizes a file declares, so a package cannot make JointPlan allocate or inflate more than this.
 *
 * @param maxPackageBytes the file itself, encrypted or not
 * @param maxEntries      entries in the zip
 * @param maxEntryBytes   one entry, uncompressed
 * @param maxTotalBytes   all entries together, uncompressed
 * @param maxRatio        uncompressed bytes per compressed byte of one entry (a zip bomb's ratio is in the
 *                        thousands; JSON and HTML compress about 10 to 30 times)
 * @param ratioFreeBytes  an entry may inflate this far before its ratio is judged (tiny entries compress oddly)
 */
public record PackageLimits(long maxPackageBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                            int maxRatio, long ratioFreeBytes) {
    private static final long MIB = 1024 * 1024;

    /** Far above a real plan (10,000 actions make a plan.json of about 8 MB), far below harm. */
    public static final PackageLimits DEFAULT = new PackageLimits(64 * MIB, 16, 64 * MIB, 128 * MIB, 200, MIB);

    public PackageLimits {
        if (maxPackageBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0
                || ratioFreeBytes < 0) {
            throw new IllegalArgumentException("Package limits must be positive.");
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (double) MIB);
    }
}
