package org.jointplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.jointplan.service.LaunchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private final AtomicReference<LaunchRequest> windowOpenedOn = new AtomicReference<>();

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JointPlanCommand.execute(windowOpenedOn::set, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void listPrintsThePlanInAStableOrder() {
        String store = dir.resolve("plan.sqlite").toString();
        Result first = run("--store", store, "list");
        assertEquals(0, first.code(), first.err());
        String[] lines = first.out().split("\n");
        assertTrue(lines[0].startsWith("Plan Joint SEND Commissioning Delivery Plan 2024/25 (2024/25, 01/08/2024 to"
                + " 31/03/2025)"), lines[0]);
        assertTrue(first.out().contains("  1. Speech, Language and Communication Needs"));
        assertTrue(first.out().contains("  5. Integrated Data Dashboard"));
        assertTrue(first.out().lines().filter(l -> l.startsWith("     ")).count() >= 20, "one line per action");
        assertTrue(first.out().lines().filter(l -> l.startsWith("     ")).allMatch(l -> l.matches(
                "     \\d\\d/\\d\\d/\\d{4} to \\d\\d/\\d\\d/\\d{4} .*id [0-9a-f-]{36}")));
        assertEquals(first.out(), run("--store", store, "list").out(), "same output twice");
        assertNull(windowOpenedOn.get());
    }

    @Test
    void checkSaysTheStoreIsSound() {
        Result result = run("--store", dir.resolve("plan.sqlite").toString(), "check");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("is sound: 1 plan(s)"), result.out());
    }

    @Test
    void errorIsOnePlainSentenceOnStderrWithoutStackTrace() throws Exception {
        Path notAStore = Files.writeString(dir.resolve("notes.txt"), "hello");
        Result result = run("--store", notAStore.toString(), "list");
        assertEquals(1, result.code());
        assertEquals("", result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("is not a JointPlan store"));
        assertFalse(result.err().contains("Exception"));
        assertEquals("hello", Files.readString(notAStore));
    }

    @Test
    void debugAddsTheStackTrace() throws Exception {
        Path notAStore = Files.writeString(dir.resolve("notes.txt"), "hello");
        Result result = run("--debug", "--store", notAStore.toString(), "check");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("StoreException"), result.err());
        assertTrue(result.err().lines().count() > 3, "the stack trace, one frame a line: " + result.err());
    }

    @Test
    void helpOnEveryLevel() {
        for (String[] args : new String[][] {{"--help"}, {"list", "--help"}, {"check", "--help"}}) {
            Result result = run(args);
            assertEquals(0, result.code());
            assertTrue(result.out().startsWith("Usage: jointplan"), result.out());
            assertTrue(result.out().lines().count() > 3, "the help keeps its own line breaks: " + result.out());
            assertFalse(result.out().contains("\\u000a"), result.out());
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        Result result = run("frobnicate");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("frobnicate"));
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenStore() {
        Path store = dir.resolve("plan.sqlite");
        assertEquals(0, run("--store", store.toString()).code());
        assertEquals(store.toAbsolutePath(), windowOpenedOn.get().store());
        assertTrue(windowOpenedOn.get().planPackage().isEmpty());
    }

    @Test
    void aPlanPackageArgumentOpensTheWindowWithThePackage() {
        Path store = dir.resolve("plan.sqlite");
        assertEquals(0, run("--store", store.toString(), "from-the-icb.JPLAN").code());
        assertEquals(store.toAbsolutePath(), windowOpenedOn.get().store());
        assertEquals(Path.of("from-the-icb.JPLAN").toAbsolutePath(), windowOpenedOn.get().packageFile());
    }

    @Test
    void anArgumentThatIsNeitherACommandNorAPackageIsAUsageError() {
        Result result = run("--store", dir.resolve("plan.sqlite").toString(), "notes.txt");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("'notes.txt' is neither a command nor a plan package (.jplan)"),
                result.err());
        assertNull(windowOpenedOn.get());
    }

    @Test
    void onlyTheCommonWindowStartsSkipTheFullCommandLine() {
        assertTrue(JointPlanCommand.isWindowOnlyStart());
        assertTrue(JointPlanCommand.isWindowOnlyStart("/home/officer/Downloads/plan from ICB.jplan"));
        for (String[] args : new String[][] {{"list"}, {"--store", "x.sqlite"}, {"-h"}, {"notes.txt"},
                {"a.jplan", "b.jplan"}, {"--debug", "a.jplan"}, {"-x.jplan"}, {"bad\0.jplan"}}) {
            assertFalse(JointPlanCommand.isWindowOnlyStart(args), String.join(" ", args));
        }
    }

    @Test
    void onlyOnePackageAtATime() {
        Result result = run("a.jplan", "b.jplan");
        assertEquals(2, result.code());
        assertNull(windowOpenedOn.get());
    }
}
