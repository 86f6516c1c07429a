package org.jointplan.cli;

import static org.jointplan.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jointplan.domain.Status;
import org.jointplan.cli.Cli.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Every command given bad input answers with one plain line on stderr: no Java, no SQL, no window menus. */
class CliMessagesTest {
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Z][a-zA-Z]+(Exception|Error)|java\\.|\\.java\\b");
    private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z]+_[a-z_]+\\b");
    private static final Pattern MENU_PATH = Pattern.compile("[A-Z][a-z]+ > [A-Z]");

    @TempDir
    Path dir;
    private String store;
    private String actionId;
    private String plain;
    private String protectedPackage;
    private String passphrase;
    private String wrongPassphrase;

    @BeforeEach
    void aStoreAndTwoPackages() throws Exception {
        store = dir.resolve("plan.sqlite").toString();
        Result list = run("--store", store, "list");
        assertEquals(0, list.code(), list.err());
        actionId = list.out().lines().filter(l -> l.startsWith("     ")).findFirst().map(l -> l.substring(
                l.lastIndexOf(" id ") + 4).strip()).orElseThrow();
        plain = dir.resolve("plain.jplan").toString();
        assertEquals(0, run("--store", store, "export", "--out", plain).code());
        passphrase = Files.writeString(dir.resolve("pass.txt"), "Trent Bridge at dusk\n").toString();
        wrongPassphrase = Files.writeString(dir.resolve("wrong.txt"), "Trent Bridge at dawn\n").toString();
        protectedPackage = dir.resolve("sealed.jplan").toString();
        assertEquals(0, run("--store", store, "export", "--out", protectedPackage, "--passphrase-file",
                passphrase).code());
    }

    private List<String[]> badInputs() throws Exception {
        String missing = dir.resolve("nowhere").resolve("nothing.jplan").toString();
        String notAPackage = Files.writeString(dir.resolve("invoice.jplan"), "<html>pay</html>").toString();
        String notAStore = Files.writeString(dir.resolve("notes.txt"), "hello").toString();
        String unknownId = UUID.randomUUID().toString();
        String hostile = "x\u001b[2J\nImported 'Fake'";
        return List.of(
                new String[] {"frobnicate"},
                new String[] {"--store", store, "list", "--frob"},
                new String[] {"--store", store, "list", "--plan", "not-an-id"},
                new String[] {"--store", store, "list", "--plan", unknownId},
                new String[] {"--store", notAStore, "list"},
                new String[] {"--store", notAStore, "check"},
                new String[] {"--store", store, "export"},
                new String[] {"--store", store, "export", "--out", dir.resolve("a.jplan").toString(), "--plan",
                    "12345"},
                new String[] {"--store", store, "export", "--out", dir.resolve("a.jplan").toString(), "--plan",
                    unknownId},
                new String[] {"--store", store, "export", "--out", missing},
                new String[] {"--store", store, "export", "--out", plain},
                new String[] {"--store", store, "export", "--out", dir.resolve("b.jplan").toString(),
                    "--passphrase-file", missing},
                new String[] {"--store", store, "import", missing},
                new String[] {"--store", store, "import", notAPackage},
                new String[] {"--store", store, "import", plain},
                new String[] {"--store", store, "import", protectedPackage},
                new String[] {"--store", store, "import", protectedPackage, "--passphrase-file", wrongPassphrase},
                new String[] {"--store", store, "import", plain, "--merge", "--conflicts", "purple"},
                new String[] {"--store", store, "import", notAPackage, "--merge"},
                new String[] {"--store", store, "diff", missing},
                new String[] {"--store", store, "diff", notAPackage},
                new String[] {"--store", store, "diff", protectedPackage},
                new String[] {"--store", store, "diff", protectedPackage, "--passphrase-file", wrongPassphrase},
                new String[] {"--store", store, "update", "not-an-id", "--percent", "5"},
                new String[] {"--store", store, "update", unknownId, "--percent", "5"},
                new String[] {"--store", store, "update", actionId, "--due", "31/02/2026"},
                new String[] {"--store", store, "update", actionId, "--due", "tomorrow" + hostile},
                new String[] {"--store", store, "update", actionId, "--status", "purple"},
                new String[] {"--store", store, "update", actionId, "--status", hostile},
                new String[] {"--store", store, "update", actionId, "--percent", "lots"},
                new String[] {"--store", store, "update", actionId, "--percent", "150"},
                new String[] {"--store", store, "update", actionId, "--owner", hostile},
                new String[] {"--store", "bad\0name.sqlite", "list"});
    }

    @Test
    void everyCommandAnswersBadInputWithOnePlainLine() throws Exception {
        List<Executable> checks = new ArrayList<>();
        for (String[] args : badInputs()) {
            Result r = run(args);
            String call = String.join(" ", args) + " -> " + r.err();
            String err = r.err().strip();
            String withoutStatusCodes = err;
            for (Status s : Status.values()) {
                withoutStatusCodes = withoutStatusCodes.replace(s.code(), "");
            }
            String words = withoutStatusCodes.replace(dir.toString(), "");
            checks.add(() -> assertTrue(r.code() == 1 || r.code() == 2, call + " exit " + r.code()));
            checks.add(() -> assertFalse(err.isEmpty(), call));
            checks.add(() -> assertEquals(1, r.err().lines().count(), call));
            checks.add(() -> assertFalse(JAVA_NAME.matcher(err).find(), call));
            checks.add(() -> assertFalse(err.contains("::"), call));
            checks.add(() -> assertFalse(SNAKE_CASE.matcher(words).find(), call));
            checks.add(() -> assertFalse(MENU_PATH.matcher(err).find(), call));
            checks.add(() -> assertFalse(err.chars().anyMatch(c -> c < 0x20), call));
            checks.add(() -> assertEquals("", r.out(), call));
        }
        assertAll(checks);
    }

    @Test
    void aBadIdSaysWhatItShouldBeAndWhereToFindOne() {
        assertEquals("'not-an-id' is not an action id; list prints each action's id.",
                run("--store", store, "update", "not-an-id", "--note", "x").err().strip());
        assertEquals("'12345' is not a plan id; list prints each plan's id.",
                run("--store", store, "list", "--plan", "12345").err().strip());
    }

    @Test
    void diffOfAProtectedPackageNamesThePassphraseOption() {
        Result r = run("--store", store, "diff", protectedPackage);
        assertEquals(1, r.code());
        assertEquals("sealed.jplan is protected by a passphrase; give it with --passphrase-file FILE.",
                r.err().strip());
    }

    @Test
    void aPlanAlreadyInTheStoreIsPointedAtTheMergeOptionNotAMenu() {
        String err = run("--store", store, "import", plain).err().strip();
        assertTrue(err.contains("import --merge"), err);
        assertFalse(err.contains("File"), err);
    }

    @Test
    void hostileArgumentsAreShownEscaped() {
        Result r = run("--store", store, "update", actionId, "--status", "\u001b[2Jpurple");
        assertTrue(r.err().startsWith("'\\u001b[2Jpurple' is not a status"), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
    }

    @Test
    void updateWithNoOptionIsAUsageErrorOnStderr() {
        Result nothing = run("--store", store, "update", actionId);
        assertEquals(2, nothing.code(), nothing.out() + nothing.err());
        assertEquals("", nothing.out());
        assertEquals("Nothing to change: give at least one option; see jointplan update --help.",
                nothing.err().strip());
    }
}
