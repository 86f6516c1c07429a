package org.jointplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: ui → service → store/bundle → domain; cli → service. Nothing points back. */
class ArchitectureTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "domain", Set.of(),
            "store", Set.of("domain"),
            "bundle", Set.of("domain"),
            "service", Set.of("domain", "store", "bundle"),
            "cli", Set.of("service", "domain", "store"),
            "ui", Set.of("service", "domain", "store", "bundle"));

    @Test
    void layersOnlyImportTheLayersBelowThem() throws IOException {
        Path root = Path.of("src/main/java/org/jointplan");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // Main wires the layers together
                }
                String layer = relative.getName(0).toString();
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import org.jointplan.")) {
                        String used = line.substring("import org.jointplan.".length()).split("\\.")[0];
                        if (!used.equals(layer) && !ALLOWED.get(layer).contains(used)) {
                            violations.add(relative + " imports " + used);
                        }
                    }
                    if (layer.equals("domain") && line.startsWith("import ") && !line.startsWith("import java.")
                            && !line.startsWith("import org.jointplan.domain")) {
                        violations.add(relative + " uses a library: " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
