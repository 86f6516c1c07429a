package org.jointplan.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to harm or to bore: external entities (a local file and a web address), entity-expansion bombs, a
 * truncated .mpp, a file of no planner's format, 100,000 tasks, links in a circle. Each gets one plain sentence;
 * nothing is fetched, read or expanded.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    private String refused(Path file) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PlannerFiles.read(file, MspdiRoundTripTest.STAMP));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertEquals(1, e.getMessage().split("\\. ").length, "one sentence: " + e.getMessage());
        return e.getMessage();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String mspdi(String doctype, String taskName) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Title>T</Title><Tasks>"
                + "<Task><UID>1</UID><ID>1</ID><Name>" + taskName + "</Name><OutlineLevel>1</OutlineLevel>"
                + "<Start>2024-04-01T08:00:00</Start><Finish>2024-04-02T17:00:00</Finish></Task></Tasks></Project>";
    }

    @Test
    void externalEntitiesAreNeverFetchedNorRead() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leaked 'LEAKED'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        // a FIFO blocks whoever opens it for reading until a writer comes: a parser that tried would hang here
        Path fifo = dir.resolve("secret");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            String[] doctypes = {
                "<!DOCTYPE Project [<!ENTITY secret SYSTEM \"file://" + fifo + "\">]>",
                "<!DOCTYPE Project [<!ENTITY remote SYSTEM \"" + url + "\">]>",
                "<!DOCTYPE Project SYSTEM \"" + url + "\">",
                "<!DOCTYPE Project [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>"};
            String[] names = {"&secret;", "&remote;", "plain", "plain"};
            for (int i = 0; i < doctypes.length; i++) {
                Path file = write("xxe" + i + ".xml", mspdi(doctypes[i], names[i]));
                Path gan = write("xxe" + i + ".gan", "<?xml version=\"1.0\"?>" + doctypes[i].replace("Project",
                        "project") + "<project name=\"" + names[i] + "\"><tasks/></project>");
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    assertEquals(XmlPrescreen.DOCTYPE_REFUSED, refused(file));
                    assertEquals(XmlPrescreen.DOCTYPE_REFUSED, refused(gan));
                });
            }
        } finally {
            server.stop(0);
        }
        assertEquals(0, requests.get(), "nothing was fetched");
    }

    @Test
    void entityExpansionBombsAreNeverExpanded() throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol\">");
        for (int i = 1; i < 20; i++) {
            String ref = "&a" + (i - 1) + ";";
            entities.append("<!ENTITY a").append(i).append(" \"").append(ref.repeat(10)).append("\">");
        }
        Path file = write("bomb.xml", mspdi("<!DOCTYPE Project [" + entities + "]>", "&a19;"));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertEquals(XmlPrescreen.DOCTYPE_REFUSED, refused(file)));
    }

    @Test
    void aTruncatedMppIsRefusedPlainly() throws Exception {
        byte[] whole = Files.readAllBytes(PlannerFilesTest.resource("task-links-project2019-mpp14.mpp"));
        for (int length : new int[] {8, 512, 4096, whole.length / 2}) {
            Path file = dir.resolve("cut" + length + ".mpp");
            Files.write(file, Arrays.copyOf(whole, length));
            String message = refused(file);
            assertTrue(message.startsWith("This MS Project .mpp file could not be read"), message);
        }
    }

    @Test
    void aFileOfNoPlannersFormatIsRefusedWhateverItsName() throws Exception {
        assertEquals(FileKind.NOT_A_PLANNER_FILE, refused(write("plan.xml", "<html><body>Hello</body></html>")));
        assertEquals(FileKind.NOT_A_PLANNER_FILE, refused(write("plan.mpp", "just some words")));
        Files.write(dir.resolve("plan.gan"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals(FileKind.NOT_A_PLANNER_FILE, refused(dir.resolve("plan.gan")));
        assertEquals(FileKind.NOT_A_PLANNER_FILE, refused(write("empty.xml", "")));
        assertTrue(refused(write("broken.xml", "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks>"))
                .startsWith("This file is not well-formed XML"));
    }

    @Test
    void aHundredThousandTasksAreRefusedBeforeTheyAreBuilt() throws Exception {
        Path file = dir.resolve("huge.xml");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks>");
            for (int i = 1; i <= 100_000; i++) {
                out.write("<Task><UID>" + i + "</UID><ID>" + i + "</ID><Name>Task " + i + "</Name><OutlineLevel>1"
                        + "</OutlineLevel><Start>2024-04-01T08:00:00</Start><Finish>2024-04-02T17:00:00</Finish>"
                        + "</Task>");
            }
            out.write("</Tasks></Project>");
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        String message = refused(file);
        long grew = rt.totalMemory() - rt.freeMemory() - before;
        assertTrue(message.startsWith("This project has more than 20,000 tasks"), message);
        assertTrue(grew < 64L * 1024 * 1024, "memory grew by " + grew / (1024 * 1024) + " MB");
    }

    @Test
    void linksInACircleAreRefusedAndNothingIsMade() throws Exception {
        String tasks = "";
        for (int i = 1; i <= 3; i++) {
            int before = i == 1 ? 3 : i - 1;
            tasks += "<Task><UID>" + i + "</UID><ID>" + i + "</ID><Name>Step " + i + "</Name><OutlineLevel>1"
                    + "</OutlineLevel><Start>2024-04-01T08:00:00</Start><Finish>2024-04-02T17:00:00</Finish>"
                    + "<PredecessorLink><PredecessorUID>" + before + "</PredecessorUID><Type>1</Type>"
                    + "</PredecessorLink></Task>";
        }
        Path file = write("circle.xml", "<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/"
                + "project\"><Tasks>" + tasks + "</Tasks></Project>");
        assertEquals("The links between this file's tasks go round in a circle, which a plan cannot hold, so"
                + " nothing was imported; break the circle in MS Project and import it again.", refused(file));
    }

    @Test
    void aFileWithNoDatedTaskSaysThereIsNothingToImport() throws Exception {
        Path file = write("undated.xml", "<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/"
                + "project\"><Tasks><Task><UID>1</UID><ID>1</ID><Name>Someday</Name><OutlineLevel>1</OutlineLevel>"
                + "</Task></Tasks></Project>");
        assertEquals("This file holds no task with a date, so there is nothing to import.", refused(file));
    }

    @Test
    void controlCharactersInNamesDoNotReachThePlan() throws Exception {
        Path file = write("odd.xml", mspdi("", "Review&#10;the &#9;&#x202e;pathway"));
        IncomingPlan incoming = PlannerFiles.read(file, MspdiRoundTripTest.STAMP);
        String title = incoming.plan().actions().get(0).title();
        assertTrue(title.chars().allMatch(c -> c >= 0x20 && c != 0x202e), title);
    }
}
