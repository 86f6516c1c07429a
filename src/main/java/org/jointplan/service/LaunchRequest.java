package org.jointplan.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the window was started for: a plan store, and perhaps a plan package to open (a .jplan file the user
 * double-clicked, which the desktop passes as the one argument).
 *
 * @param store       the plan store, absolute
 * @param packageFile the plan package to open, absolute, or null
 */
public record LaunchRequest(Path store, Path packageFile) {
    public LaunchRequest {
        Objects.requireNonNull(store, "store");
        store = store.toAbsolutePath();
        packageFile = packageFile == null ? null : packageFile.toAbsolutePath();
    }

    public Optional<Path> planPackage() {
        return Optional.ofNullable(packageFile);
    }

    /** True when the name looks like a plan package: the only file the window accepts as an argument. */
    public static boolean isPackageName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jplan");
    }
}
