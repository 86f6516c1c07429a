package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointplan.testsupport.DbProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new store holding the shipped sample plan, and the measure commands run against it. */
abstract class MeasureCliBase {
    static final String EHC_PLANS = "8d011888-dd9b-4b75-a4ad-6ebf8510a018";
    static final String OT_PRIORITY = "d67bc71d-4101-4704-8ec4-35329084e283";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path store;

    @BeforeEach
    void newStore() {
        store = dir.resolve("plan.sqlite");
        assertEquals(0, run("check").code());
    }

    Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    Cli.Result ok(String... args) {
        Cli.Result result = run(args);
        assertEquals(0, result.code(), result.out() + result.err());
        assertEquals("", result.err());
        return result;
    }

    /** Everything a measure command could change. */
    String fingerprint() {
        return DbProbe.text(store, "SELECT (SELECT count(*) FROM measure) || '#' || (SELECT coalesce(group_concat(id"
                + " || name || changed_at, ','), '') FROM measure) || '#' || (SELECT coalesce(group_concat(id || value_date"
                + " || coalesce(actual, '-') || coalesce(trajectory, '-') || note || changed_at, ','), '') FROM"
                + " measure_value) || '#' || (SELECT count(*) FROM measure_rebase) || '#' || (SELECT count(*) FROM"
                + " measure_target)");
    }

    void assertRefused(int code, String message, String... args) {
        String before = fingerprint();
        Cli.Result result = run(args);
        assertEquals(code, result.code(), result.out() + result.err());
        assertEquals("", result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertEquals(before, fingerprint(), "nothing changed");
    }

    String add(String... options) {
        List<String> args = new ArrayList<>(List.of("measure", "add"));
        args.addAll(List.of(options));
        String out = ok(args.toArray(String[]::new)).out();
        String id = out.strip();
        assertEquals(id + System.lineSeparator(), out, "only the id is printed");
        UUID.fromString(id);
        return id;
    }

    JsonNode spc(String measureId) throws Exception {
        return JSON.readTree(ok("measure", "spc", measureId, "--format", "json").out());
    }

    Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
