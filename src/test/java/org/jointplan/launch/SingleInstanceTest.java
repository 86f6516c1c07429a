package org.jointplan.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("data").resolve("instances");
    }

    private SingleInstance.Claim claim(Path store, Path planPackage, Duration patience) {
        return SingleInstance.claim(folder(), store, new HandOff(Optional.ofNullable(planPackage)), patience);
    }

    @Test
    void aSecondStartHandsItsPackageToTheWindowAlreadyOpen() throws Exception {
        Path store = dir.resolve("plan.sqlite");
        SingleInstance.Claim first = claim(store, null, PATIENCE);
        assertEquals(SingleInstance.Outcome.FIRST, first.outcome());
        var received = new LinkedBlockingQueue<HandOff>();
        try (InstanceOwner owner = first.owner()) {
            owner.listen(received::add);
            Path planPackage = dir.resolve("from the ICB.jplan");
            SingleInstance.Claim second = claim(store, planPackage, PATIENCE);
            assertEquals(SingleInstance.Outcome.HANDED_OVER, second.outcome());
            assertNull(second.owner());
            HandOff handOff = received.poll(5, TimeUnit.SECONDS);
            assertNotNull(handOff);
            assertEquals(Optional.of(planPackage), handOff.planPackage());

            assertEquals(SingleInstance.Outcome.HANDED_OVER, claim(store, null, PATIENCE).outcome());
            assertEquals(Optional.empty(), received.poll(5, TimeUnit.SECONDS).planPackage(), "bring to front only");
        }
    }

    @Test
    void requestsMadeBeforeTheWindowListensAreTakenWhenItDoes() throws Exception {
        Path store = dir.resolve("plan.sqlite");
        try (InstanceOwner owner = claim(store, null, PATIENCE).owner()) {
            var received = new LinkedBlockingQueue<HandOff>();
            Thread listenLater = new Thread(() -> {
                sleep(600);
                owner.listen(received::add);
            });
            listenLater.start();
            assertEquals(SingleInstance.Outcome.HANDED_OVER, claim(store, dir.resolve("a.jplan"), PATIENCE).outcome());
            assertNotNull(received.poll(5, TimeUnit.SECONDS));
            listenLater.join();
        }
    }

    @Test
    void aWindowThatDoesNotAnswerIsReportedAndTheRequestWithdrawn() throws Exception {
        Path store = dir.resolve("plan.sqlite");
        try (InstanceOwner owner = claim(store, null, PATIENCE).owner()) {
            assertNotNull(owner); // never listens
            var second = claim(store, dir.resolve("a.jplan"), Duration.ofMillis(400));
            assertEquals(SingleInstance.Outcome.NOT_ANSWERING, second.outcome(), "gives up after its patience");
            try (var files = Files.list(folder().resolve(SingleInstance.key(store) + ".inbox"))) {
                assertEquals(List.of(), files.toList(), "the request is withdrawn");
            }
        }
    }

    @Test
    void theNextStartOwnsTheStoreOnceTheWindowHasClosed() {
        Path store = dir.resolve("plan.sqlite");
        claim(store, null, PATIENCE).owner().close();
        SingleInstance.Claim again = claim(store, null, PATIENCE);
        assertEquals(SingleInstance.Outcome.FIRST, again.outcome());
        again.owner().close();
    }

    @Test
    void windowsOnDifferentStoresDoNotMeet() {
        try (InstanceOwner a = claim(dir.resolve("a.sqlite"), null, PATIENCE).owner();
             InstanceOwner b = claim(dir.resolve("b.sqlite"), null, PATIENCE).owner()) {
            assertNotNull(a);
            assertNotNull(b);
        }
        assertNotEquals(SingleInstance.key(dir.resolve("a.sqlite")), SingleInstance.key(dir.resolve("b.sqlite")));
        assertEquals(SingleInstance.key(dir.resolve("a.sqlite")), SingleInstance.key(dir.resolve("x/../a.sqlite")));
    }

    @Test
    void aStrayOrDamagedFileInTheInboxIsIgnoredAndRemoved() throws Exception {
        Path store = dir.resolve("plan.sqlite");
        try (InstanceOwner owner = claim(store, null, PATIENCE).owner()) {
            Path inbox = folder().resolve(SingleInstance.key(store) + ".inbox");
            Path stray = Files.writeString(inbox.resolve("stray" + InstanceOwner.REQUEST), "package=relative.jplan");
            Path huge = Files.write(inbox.resolve("huge" + InstanceOwner.REQUEST), new byte[200_000]);
            var received = new LinkedBlockingQueue<HandOff>();
            owner.listen(received::add);
            for (int i = 0; i < 100 && (Files.exists(stray) || Files.exists(huge)); i++) {
                Thread.sleep(50);
            }
            assertTrue(Files.notExists(stray) && Files.notExists(huge));
            assertNull(received.poll(300, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void theInstanceFolderIsPrivateToTheUser() throws Exception {
        claim(dir.resolve("plan.sqlite"), null, PATIENCE).owner().close();
        if (folder().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder())));
        }
    }

    @Test
    void anUnusableFolderLetsTheWindowStartWithoutTheCheck() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        var claim = SingleInstance.claim(notAFolder.resolve("instances"), dir.resolve("plan.sqlite"),
                new HandOff(Optional.empty()), PATIENCE);
        assertEquals(SingleInstance.Outcome.UNAVAILABLE, claim.outcome());
    }

    @Test
    void handOffRoundTripsAndRefusesWhatIsNotOne() {
        HandOff withPackage = new HandOff(Optional.of(Path.of("/tmp/Plan ü 2024.jplan")));
        assertEquals(Optional.of(withPackage), HandOff.read(withPackage.write()));
        assertEquals(Optional.empty(), HandOff.read("format=jointplan-handoff-9\n"));
        assertEquals(Optional.empty(), HandOff.read("format=jointplan-handoff-1\npackage=relative.jplan\n"));
        assertEquals(Optional.empty(), HandOff.read("\\u00"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
