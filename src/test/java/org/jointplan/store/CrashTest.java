package org.jointplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jointplan.domain.Action;
import org.jointplan.testsupport.CrashWriter;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writes actions and is killed with SIGKILL at random moments, many times. Every write it reported
 * committed must be there afterwards, and SQLite's integrity check must pass. The kill comes after a random number
 * of reported commits rather than after a time, so a loaded machine changes nothing but how long it takes (the
 * child goes on writing while the kill is on its way: where it is then is the random moment).
 */
class CrashTest {
    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void everyReportedCommitSurvivesKillNine() throws Exception {
        Path file = dir.resolve("plan.sqlite");
        try (Store store = Store.open(file)) {
            var plan = PlanGenerator.plan(5, 41);
            store.write("the plan", w -> w.savePlan(plan));
        }
        Set<UUID> committed = new HashSet<>();
        Random random = new Random(42);
        int maxCommitsSeen = 0;
        for (int round = 0; round < KILLS; round++) {
            int seen = killWriterAfter(file, round, 1 + random.nextInt(40), committed);
            maxCommitsSeen = Math.max(maxCommitsSeen, seen);
        }
        assertTrue(maxCommitsSeen > 0, "the writer should have committed something before being killed");
        try (Store store = Store.open(file)) {
            assertEquals(List.of(), store.integrityProblems());
            Set<UUID> present = new HashSet<>();
            store.load(store.plans().get(0).id()).orElseThrow().actions().stream().map(Action::id)
                    .forEach(present::add);
            Set<UUID> missing = new HashSet<>(committed);
            missing.removeAll(present);
            assertEquals(Set.of(), missing, "commits reported before the kill must be present");
        }
    }

    /** Starts the writer, lets it report {@code commits} commits, kills it with SIGKILL; returns how many it reported. */
    private static int killWriterAfter(Path file, long seed, int commits, Set<UUID> committed) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), file.toString(),
                Long.toString(seed))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<UUID> reported = ConcurrentHashMap.newKeySet();
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch enough = new CountDownLatch(commits);
        Thread reader = new Thread(() -> readReports(child, ready, enough, reported));
        reader.start();
        assertTrue(ready.await(5, TimeUnit.MINUTES), "the writer did not start");
        assertTrue(enough.await(5, TimeUnit.MINUTES), "the writer did not commit");
        child.destroyForcibly(); // SIGKILL on Unix
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        reader.join(10_000);
        committed.addAll(reported);
        return reported.size();
    }

    private static void readReports(Process child, CountDownLatch ready, CountDownLatch enough, Set<UUID> reported) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("COMMITTED ") && line.length() == 46) {
                    reported.add(UUID.fromString(line.substring(10)));
                    enough.countDown();
                }
            }
        } catch (IOException closedByTheKill) {
            // the pipe closes when the child dies
        }
    }
}
