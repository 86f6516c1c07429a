package org.jointplan.bundle;

import java.util.List;

/**
 * The names and version of the {@code .jplan} format, described in docs/plan-package-format.md. A package is a zip
 * holding these entries; an encrypted package wraps that zip (see {@link PackageCrypto}).
 */
public final class PackageFormat {
    /**
     * The format this version writes, and the newest it reads. Raise it when a reader of today would misread.
     * Version 2 adds the reporting cycle to plan.json (snapshots, baselines, date moves, the reporting calendar, the
     * BRAG key, ratings); a version 1 package is read as a plan without them. Version 3 gives measures in full (a
     * priority, decimals, the way that is better or neither, frequency, baseline, targets by date, small-number
     * threshold, rebase points, description; a note per value): earlier measures are read through
     * {@code LegacyMeasureJson}.
     */
    public static final int VERSION = 3;
    public static final String EXTENSION = ".jplan";

    public static final String MANIFEST = "manifest.json";
    public static final String PLAN = "plan.json";
    public static final String TIMELINE = "timeline.png";
    public static final String SUMMARY = "summary.html";
    /** Every entry a package may hold (the same in versions 1 and 2); the reader reads these names and no others. */
    public static final List<String> ENTRIES = List.of(MANIFEST, PLAN, TIMELINE, SUMMARY);

    /** A zip starts with a local file header ("PK\3\4"). */
    static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private PackageFormat() {
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
