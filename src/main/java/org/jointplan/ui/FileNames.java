package org.jointplan.ui;

/** A plan's title as a file name that every operating system accepts. */
final class FileNames {
    private FileNames() {
    }

    static String from(String title) {
        String safe = title.replaceAll("[\\\\/:*?\"<>|]", "-").strip();
        return safe.isEmpty() ? "plan" : safe;
    }
}
