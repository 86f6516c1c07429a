package org.jointplan.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Linux app-image that packaging/build.sh makes in target/jpackage/JointPlan, as the benchmarks run it. */
public final class PackagedApp {
    public static final Path IMAGE = Path.of("target/jpackage/JointPlan").toAbsolutePath();
    public static final String MISSING = "no app-image in " + IMAGE + ": build it with mvn -Ppackage package";
    private static final String AOT_CACHE_OPTION = "-XX:AOTCache=";

    private final Path image;
    private final List<String> config;

    private PackagedApp(Path image, List<String> config) {
        this.image = image;
        this.config = config;
    }

    public static Optional<PackagedApp> find() throws IOException {
        Path cfg = IMAGE.resolve("lib/app/JointPlan.cfg");
        if (!Files.isExecutable(IMAGE.resolve("bin/JointPlan")) || !Files.isRegularFile(cfg)) {
            return Optional.empty();
        }
        return Optional.of(new PackagedApp(IMAGE, Files.readAllLines(cfg)));
    }

    /** The launcher, as a user starts it. */
    public Path launcher() {
        return image.resolve("bin/JointPlan");
    }

    /** The jlink runtime's java, to start the same code with other options. */
    public Path java() {
        return image.resolve("lib/runtime/bin/java");
    }

    public Path appFolder() {
        return image.resolve("lib/app");
    }

    /** The launcher's class path, as it passes it. */
    public String classPath() {
        return String.join(java.io.File.pathSeparator, values("app.classpath="));
    }

    /** The launcher's JVM options, with $APPDIR expanded. */
    public List<String> javaOptions() {
        return values("java-options=");
    }

    /** Whether packaging/aot-cache.sh made the AOT cache and the launcher names it. */
    public boolean hasAotCache() {
        return Files.isRegularFile(appFolder().resolve("jointplan.aot"))
                && javaOptions().stream().anyMatch(o -> o.startsWith(AOT_CACHE_OPTION));
    }

    /**
     * The launcher's JVM options without its AOT cache, and without its module options (--enable-native-access
     * and the like, which only silence warnings): the runtime's default class-data archive was dumped without them,
     * and a JVM given other module options than its archive's leaves part of the archive unused.
     */
    public List<String> javaOptionsWithoutAotCache() {
        return javaOptions().stream().filter(o -> !o.startsWith(AOT_CACHE_OPTION) && !o.startsWith("--")).toList();
    }

    private List<String> values(String key) {
        List<String> values = new ArrayList<>();
        for (String line : config) {
            if (line.startsWith(key)) {
                values.add(line.substring(key.length()).replace("$APPDIR", appFolder().toString()));
            }
        }
        return values;
    }
}
