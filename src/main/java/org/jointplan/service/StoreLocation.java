package org.jointplan.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the plan store lives: the --store option if given, else the JOINTPLAN_STORE environment variable, else
 * jointplan.sqlite in the per-user application-data folder of the OS.
 */
public final class StoreLocation {
    public static final String ENVIRONMENT_VARIABLE = "JOINTPLAN_STORE";
    public static final String FILE_NAME = "jointplan.sqlite";

    private StoreLocation() {
    }

    public static Path choose(Path option) {
        return choose(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path choose(Path option, Map<String, String> env, String osName, String home) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return dataFolder(env, osName, home).resolve(FILE_NAME);
    }

    /** The per-user folder where JointPlan keeps its store, backups and logs. */
    public static Path dataFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path dataFolder(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("JointPlan");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "JointPlan");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("jointplan");
    }
}
