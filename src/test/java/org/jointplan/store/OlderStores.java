package org.jointplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jointplan.bundle.PlanJson;
import org.jointplan.domain.PlanData;

/**
 * Stores left at each earlier schema version by the release that wrote it (test resources older/vN.sqlite), with
 * the plan each holds as JSON (older/vN.json). A writer of today cannot make them: it writes today's schema.
 */
final class OlderStores {
    static final int NEWEST_FIXTURE = 6;

    private OlderStores() {
    }

    /** A private copy of the version's store in {@code dir}. */
    static Path copy(int version, Path dir) {
        Path file = dir.resolve("v" + version + ".sqlite");
        try (InputStream in = resource(version, ".sqlite")) {
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan the version's store holds, as that release wrote it. */
    static PlanData plan(int version) {
        try (InputStream in = resource(version, ".json")) {
            return PlanJson.mapper().readValue(in, PlanData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(int version, String suffix) {
        InputStream in = OlderStores.class.getResourceAsStream("older/v" + version + suffix);
        if (in == null) {
            throw new IllegalStateException("No store of version " + version + " among the test resources.");
        }
        return in;
    }
}
