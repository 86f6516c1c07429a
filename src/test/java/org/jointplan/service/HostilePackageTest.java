package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.jointplan.bundle.ExportDetails;
import org.jointplan.bundle.PackageException;
import org.jointplan.bundle.PackageFormat;
import org.jointplan.bundle.PackageLimits;
import org.jointplan.bundle.PackageWriter;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;
import org.jointplan.testsupport.PackageTinker;
import org.jointplan.testsupport.PlanGenerator;
import org.jointplan.testsupport.StoreSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of damaged and hostile packages, each built here from a good one. Each must be refused with one plain
 * sentence naming the problem, and leave the store (which already holds a plan) and the file exactly as they were.
 */
class HostilePackageTest {
    private static final ExportDetails DETAILS = new ExportDetails("test", Instant.parse("2024-11-05T10:15:00Z"),
            "Nottingham City Council", "Test Officer");
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    private Store store;
    private PlanData existing;
    private PlanData incoming;
    private byte[] good;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("store.sqlite"));
        existing = PlanGenerator.plan(40, 1);
        store.write("the plan", w -> w.savePlan(existing));
        incoming = PlanGenerator.plan(30, 2);
        good = new PackageWriter().write(incoming, DETAILS, null, f -> { });
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void theGoodPackageIsAcceptedSoTheCorpusTestsSomething() throws Exception {
        Path file = Files.write(dir.resolve("good.jplan"), good);
        new PackageService().importPackage(store, file, null, f -> { });
        assertEquals(2, store.plans().size());
    }

    @Test
    void aFileThatIsNotAZipAtAll() {
        assertEquals("in.jplan is not a JointPlan package.", refused("Dear colleague, …".getBytes()));
        assertEquals("in.jplan is not a JointPlan package.", refused(new byte[0]));
    }

    @Test
    void aTruncatedFile() {
        assertTrue(refused(Arrays.copyOf(good, good.length / 2)).contains("incomplete or damaged"));
        assertTrue(refused(Arrays.copyOf(good, good.length - 5)).contains("incomplete or damaged"));
    }

    @Test
    void aTamperedEntryFailsItsChecksum() {
        byte[] tampered = PackageTinker.of(good).editPlan(p -> ((ObjectNode) p.get("plan")).put("title", "Ours now"))
                .zip();
        assertEquals("The package's entry plan.json does not match its checksum; the file was damaged or altered"
                + " after it was made.", refused(tampered));
        byte[] script = PackageTinker.of(good).put(PackageFormat.SUMMARY, "<script>alert(1)</script>").zip();
        assertTrue(refused(script).contains("summary.html does not match its checksum"));
    }

    @Test
    void bytesDamagedInsideTheCompressedPlanAreNoticed() {
        byte[] big = new PackageWriter().write(PlanGenerator.plan(400, 3), DETAILS, null, f -> { });
        int planData = indexOf(big, PackageFormat.PLAN.getBytes(StandardCharsets.US_ASCII)) + 200;
        for (int offset = 0; offset < 4000; offset += 500) {
            byte[] damaged = big.clone();
            damaged[planData + offset] ^= 0x55;
            String message = refused(damaged);
            assertTrue(message.startsWith("The package is damaged") || message.contains("does not match its"
                    + " checksum"), message);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void anOversizedEntryIsRefusedWhateverItsDeclaredSize() {
        PackageLimits small = new PackageLimits(64L << 20, 16, 1 << 20, 128L << 20, 200, 1 << 20);
        byte[] noise = new byte[3 << 20];
        new Random(5).nextBytes(noise); // incompressible, so it is not refused as a bomb
        byte[] big = PackageTinker.of(good).put(PackageFormat.SUMMARY, noise).resign().zip();
        String expected = "The package's entry summary.html is larger than JointPlan accepts (1.0 MB).";
        assertEquals(expected, refused(big, null, small));
        assertEquals(expected, refused(PackageTinker.declareSize(big, PackageFormat.SUMMARY, 1000), null, small));
    }

    @Test
    void aZipBombIsStoppedWhileInflating() {
        byte[] zeros = new byte[40 << 20];
        byte[] bomb = PackageTinker.of(good).put(PackageFormat.PLAN, zeros).zip();
        assertTrue(bomb.length < 1 << 20, "a real bomb: small on disk");
        String message = refused(bomb);
        assertTrue(message.contains("plan.json expands far more than a real plan would"), message);
        assertEquals(message, refused(PackageTinker.declareSize(bomb, PackageFormat.PLAN, 100)));
    }

    @Test
    void tooManyEntries() {
        PackageTinker many = PackageTinker.of(good);
        for (int i = 0; i < 20; i++) {
            many.put("extra" + i + ".txt", "x");
        }
        assertEquals("The package holds 24 entries; a JointPlan package holds at most 16.", refused(many.zip()));
    }

    @Test
    void pathTraversalAndOtherUnsafeNames() {
        for (String name : new String[] {"../../evil.sh", "/etc/passwd", "dir\\plan.json", "C:evil.txt"}) {
            String message = refused(PackageTinker.of(good).put(name, "owned").zip());
            assertTrue(message.startsWith("The package holds an entry with an unsafe name ("), message);
        }
    }

    @Test
    void duplicateEntryNames() {
        byte[] twice = PackageTinker.renameInPlace(PackageTinker.of(good).put("plan.jsoX", "{}").zip(),
                "plan.jsoX", PackageFormat.PLAN);
        assertEquals("The package holds the entry plan.json twice.", refused(twice));
    }

    @Test
    void aNewerFormatVersion() {
        int next = org.jointplan.bundle.PackageFormat.VERSION + 1;
        byte[] newer = PackageTinker.of(good).editManifest(m -> m.put("formatVersion", next).put("newField", true))
                .zip();
        assertEquals("This package was made by a newer version of JointPlan (format " + next + "); this version"
                + " reads formats up to " + (next - 1) + ".", refused(newer));
    }

    @Test
    void deeplyNestedJson() {
        String nested = "[".repeat(50_000) + "]".repeat(50_000);
        String manifest = new String(PackageTinker.of(good).entry(PackageFormat.MANIFEST), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"deep\": " + nested + ",");
        byte[] deep = PackageTinker.of(good).put(PackageFormat.MANIFEST, manifest).zip();
        assertEquals("The package's manifest is nested deeper than JointPlan allows (32 levels).", refused(deep));
        // the plan is bound to records, which refuse the wrong shape even before the depth limit is reached
        byte[] deepPlan = PackageTinker.of(good).put(PackageFormat.PLAN, "{\"plan\":" + nested + "}").resign().zip();
        assertTrue(refused(deepPlan).startsWith("The plan in the package "));
    }

    @Test
    void aHugeStringAndAHugeNumber() {
        StringBuilder letters = new StringBuilder();
        new Random(3).ints(2_000_000, 'a', 'z' + 1).forEach(c -> letters.append((char) c)); // no zip bomb
        byte[] huge = PackageTinker.of(good)
                .editPlan(p -> ((ObjectNode) p.get("plan")).put("title", letters.toString())).resign().zip();
        assertEquals("The plan in the package holds a text longer than JointPlan allows (1,000,000 characters).",
                refused(huge));
        String json = new String(PackageTinker.of(good).entry(PackageFormat.PLAN), StandardCharsets.UTF_8)
                .replaceFirst("\"percentComplete\":\\d+", "\"percentComplete\":" + "9".repeat(200));
        byte[] number = PackageTinker.of(good).put(PackageFormat.PLAN, json).resign().zip();
        assertEquals("The plan in the package holds a number longer than JointPlan allows (40 digits).",
                refused(number));
    }

    @Test
    void duplicateIds() {
        byte[] twice = PackageTinker.of(good).editPlan(p -> {
            ArrayNode actions = (ArrayNode) p.get("actions");
            actions.add(actions.get(0).deepCopy());
        }).resign().zip();
        String message = refused(twice);
        assertTrue(message.startsWith("The plan in the package breaks a rule: the id "), message);
        assertTrue(message.endsWith(" is used twice."), message);
    }

    @Test
    void aDanglingReference() {
        byte[] dangling = PackageTinker.of(good)
                .editPlan(p -> action(p, 0).put("priorityId", UUID.randomUUID().toString())).resign().zip();
        assertEquals("The plan in the package breaks a rule: the action '" + incoming.actions().get(0).title()
                + "' names a priority that is not in the plan.", refused(dangling));
    }

    @Test
    void aCycleOfDependencies() {
        byte[] cycle = PackageTinker.of(good).editPlan(p -> {
            ArrayNode deps = (ArrayNode) p.get("dependencies");
            ObjectNode back = deps.get(0).deepCopy();
            back.put("id", UUID.randomUUID().toString()).put("beforeActionId", deps.get(0).get("afterActionId")
                    .asText()).put("afterActionId", deps.get(0).get("beforeActionId").asText());
            deps.add(back);
        }).resign().zip();
        assertEquals("The plan in the package breaks a rule: the dependencies between actions form a cycle.",
                refused(cycle));
    }

    @Test
    void impossibleDates() {
        byte[] feb30 = PackageTinker.of(good).editPlan(p -> action(p, 0).put("start", "2025-02-30")).resign().zip();
        assertEquals("The plan in the package has an impossible date '2025-02-30'.", refused(feb30));
        byte[] backwards = PackageTinker.of(good).editPlan(p -> action(p, 0).put("start", "2025-03-10")
                .put("due", "2025-03-01")).resign().zip();
        assertEquals("The plan in the package breaks a rule: the due date (01/03/2025) is before the start date"
                + " (10/03/2025).", refused(backwards));
    }

    @Test
    void datesAndStampsBeyondWhatAPlanCanHold() {
        byte[] far = PackageTinker.of(good).editPlan(p -> action(p, 0).put("due", "3000-01-01")).resign().zip();
        assertEquals("The plan in the package breaks a rule: the date 01/01/3000 is not one a plan can hold; plan"
                + " dates fall between 1900 and 2999.", refused(far));
        byte[] future = PackageTinker.of(good).editPlan(p -> ((ObjectNode) action(p, 2).get("stamp"))
                .put("at", "+1000000000-01-01T00:00:00Z")).resign().zip();
        assertEquals("The plan in the package breaks a rule: a change dated +1000000000-01-01T00:00:00Z cannot be"
                + " right; changes fall between 1970 and 2999.", refused(future));
    }

    @Test
    void aManifestMadeInAnImpossibleOrFutureYearIsRefusedBeforeAnythingIsStored() {
        byte[] absurd = PackageTinker.of(good).editManifest(m -> m.put("exportedAt", "+1000000000-01-01T00:00:00Z"))
                .zip();
        assertEquals("The package says it was made on +1000000000-01-01T00:00:00Z, which cannot be right; ask the"
                + " sender for a new package.", refused(absurd));
        byte[] future = PackageTinker.of(good).editManifest(m -> m.put("exportedAt", "2999-06-01T00:00:00Z")).zip();
        assertEquals("The package says it was made on 01/06/2999, which is in the future; ask the sender to check"
                + " their computer's clock and send a new package.", refused(future));
    }

    @Test
    void anUnknownStatus() {
        byte[] purple = PackageTinker.of(good).editPlan(p -> action(p, 1).put("status", "PURPLE")).resign().zip();
        assertEquals("The plan in the package has an unknown status 'PURPLE'.", refused(purple));
    }

    @Test
    void otherMalformedPlans() {
        assertEquals("The plan in the package has a field JointPlan does not know (extra).",
                refused(PackageTinker.of(good).editPlan(p -> p.put("extra", 1)).resign().zip()));
        assertEquals("The plan in the package is incomplete: a record has no stamp.",
                refused(PackageTinker.of(good).editPlan(p -> action(p, 0).remove("stamp")).resign().zip()));
        assertEquals("The plan in the package is not valid JSON (line 1).",
                refused(PackageTinker.of(good).put(PackageFormat.PLAN, "{\"plan\": {").resign().zip()));
        assertEquals("The plan in the package is not valid JSON (line 2).",
                refused(PackageTinker.of(good).put(PackageFormat.PLAN, "{\n\"plan\": nope}").resign().zip()));
        String twice = new String(PackageTinker.of(good).entry(PackageFormat.PLAN), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"partners\": [],");
        assertEquals("The plan in the package gives the same field twice ('partners').",
                refused(PackageTinker.of(good).put(PackageFormat.PLAN, twice).resign().zip()));
        assertEquals("The plan in the package holds an empty or incomplete record.",
                refused(PackageTinker.of(good).editPlan(p -> ((ArrayNode) p.get("actions")).addNull()).resign()
                        .zip()));
        assertEquals("The package holds no plan (plan.json is empty).",
                refused(PackageTinker.of(good).put(PackageFormat.PLAN, "null").resign().zip()));
        assertEquals("The plan in the package has a wrong value 'lots' at actions[1].percentComplete.",
                refused(PackageTinker.of(good).editPlan(p -> action(p, 0).put("percentComplete", "lots"))
                        .resign().zip()));
    }

    @Test
    void aMissingManifestOrPlan() {
        assertEquals("The package has no manifest (manifest.json), so it is not a complete JointPlan package.",
                refused(PackageTinker.of(good).remove(PackageFormat.MANIFEST).zip()));
        assertEquals("The package holds no plan (plan.json).",
                refused(PackageTinker.of(good).remove(PackageFormat.PLAN).resign().zip()));
        assertEquals("The package is missing plan.json, which its manifest lists.",
                refused(PackageTinker.of(good).remove(PackageFormat.PLAN).zip()));
    }

    @Test
    void entriesTheManifestDoesNotVouchFor() {
        assertEquals("The package holds an entry JointPlan does not know (macro.js).",
                refused(PackageTinker.of(good).put("macro.js", "alert(1)").zip()));
        assertEquals("The package's manifest lists an entry JointPlan does not know (macro.js).",
                refused(PackageTinker.of(good).put("macro.js", "alert(1)").resign().zip()));
    }

    @Test
    void aManifestNamingAnotherPlan() {
        byte[] other = PackageTinker.of(good).editManifest(m -> m.put("planId", UUID.randomUUID().toString())).zip();
        assertEquals("The package's manifest names a different plan from the one it holds.", refused(other));
    }

    @Test
    void aPlanAlreadyInTheStoreIsLeftForMerging() {
        byte[] same = new PackageWriter().write(existing, DETAILS, null, f -> { });
        assertEquals(PackageService.ALREADY_IN_STORE, refused(same));
    }

    @Test
    void aPackageReusingTheIdsOfAnotherPlansRecords() {
        String oldId = existing.id().toString();
        String newId = UUID.randomUUID().toString();
        PackageTinker copy = PackageTinker.of(new PackageWriter().write(existing, DETAILS, null, f -> { }));
        copy.put(PackageFormat.PLAN, new String(copy.entry(PackageFormat.PLAN), StandardCharsets.UTF_8)
                .replace(oldId, newId));
        copy.put(PackageFormat.MANIFEST, new String(copy.entry(PackageFormat.MANIFEST), StandardCharsets.UTF_8)
                .replace(oldId, newId));
        String message = refused(copy.resign().zip());
        assertTrue(message.startsWith("The package reuses the id "), message);
        assertTrue(message.endsWith(" of a record already in your store, so it was not imported."), message);
    }

    @Test
    void encryptedPackages() {
        byte[] sealed = new PackageWriter().write(incoming, DETAILS, PASSPHRASE, f -> { });
        assertEquals("This package is protected by a passphrase; give the passphrase to open it.", refused(sealed));
        assertTrue(refused(sealed, "Correct horse battery staple".toCharArray(), PackageLimits.DEFAULT)
                .startsWith("The passphrase is not right for this package"));
        byte[] flipped = sealed.clone();
        flipped[flipped.length / 2] ^= 1;
        assertTrue(refused(flipped, PASSPHRASE, PackageLimits.DEFAULT)
                .startsWith("The passphrase is not right for this package"));
        assertEquals("The package is damaged: it ends before its encrypted content begins.",
                refused(Arrays.copyOf(sealed, 40), PASSPHRASE, PackageLimits.DEFAULT));
    }

    @Test
    void anEncryptedPackageAskingForAbsurdKeyDerivationIsRefusedAtOnce() {
        byte[] sealed = new PackageWriter().write(incoming, DETAILS, PASSPHRASE, f -> { });
        ByteBuffer.wrap(sealed).putInt(11, Integer.MAX_VALUE);
        String message = refused(sealed, PASSPHRASE, PackageLimits.DEFAULT); // names the rounds: refused unrun
        assertEquals("The package asks for 2147483647 key-derivation rounds; JointPlan accepts 600000 to 10000000,"
                + " so the file is damaged or hostile.", message);
        ByteBuffer.wrap(sealed).putShort(8, (short) 2);
        assertTrue(refused(sealed, PASSPHRASE, PackageLimits.DEFAULT)
                .startsWith("This package was made by a newer version of JointPlan (encryption format 2)"));
    }

    @Test
    void aFolderOrAMissingFile() throws Exception {
        PackageService service = new PackageService();
        StoreSnapshot before = StoreSnapshot.of(store);
        Path folder = Files.createDirectory(dir.resolve("folder.jplan"));
        assertEquals(folder + " is a folder, not a JointPlan package.", assertThrows(PackageException.class,
                () -> service.importPackage(store, folder, null, f -> { })).getMessage());
        Path missing = dir.resolve("missing.jplan");
        assertEquals("There is no file " + missing + ".", assertThrows(PackageException.class,
                () -> service.importPackage(store, missing, null, f -> { })).getMessage());
        before.assertSameAs(store);
    }

    private static ObjectNode action(ObjectNode plan, int index) {
        return (ObjectNode) plan.get("actions").get(index);
    }

    /** The good plan with a report snapshot as at 30/09/2024, as a package. */
    private byte[] withSnapshot() {
        org.jointplan.domain.ReportSnapshot snapshot = org.jointplan.domain.ReportSnapshot.take(incoming,
                java.time.LocalDate.of(2024, 9, 30), "SCG, Q2", UUID.randomUUID(), incoming.plan().stamp());
        PlanData plan = new PlanData(incoming.plan(), incoming.partners(), incoming.priorities(), incoming.actions(),
                incoming.milestones(), incoming.dependencies(), incoming.updates(), incoming.measures(),
                incoming.measureValues(), incoming.committeeDates(), java.util.List.of(snapshot),
                incoming.dateMoves(), incoming.tombstones());
        return new PackageWriter().write(plan, DETAILS, null, f -> { });
    }

    @Test
    void aPackageCarriesItsReportingCycleWhole() throws Exception {
        Path file = Files.write(dir.resolve("good.jplan"), withSnapshot());
        new PackageService().importPackage(store, file, null, f -> { });
        PlanData imported = store.load(incoming.id()).orElseThrow();
        assertEquals(1, imported.snapshots().size());
        assertEquals(incoming.actions().size(), imported.snapshots().get(0).actions().size());
        assertEquals(new java.util.HashSet<>(incoming.committeeDates()),
                new java.util.HashSet<>(imported.committeeDates()));
        assertEquals(incoming.dateMoves().size(), imported.dateMoves().size());
        assertTrue(imported.dateMoves().size() > 0 && imported.actions().stream().anyMatch(a -> a.hasBaseline()),
                "the generated plan has baselines and moves, so this tests something");
    }

    @Test
    void aVersionOnePackageWithoutTheReportingCycleIsStillRead() throws Exception {
        byte[] v1 = PackageTinker.of(good).editManifest(m -> m.put("formatVersion", 1)).editPlan(p -> {
            p.remove(java.util.List.of("committeeDates", "snapshots", "dateMoves"));
            ((ObjectNode) p.get("plan")).remove("bragKey");
            for (var a : p.get("actions")) {
                ((ObjectNode) a).remove(java.util.List.of("baselineStart", "baselineDue", "correctiveAction",
                        "decisionNeeded"));
            }
            for (var pr : p.get("priorities")) {
                ((ObjectNode) pr).remove(java.util.List.of("ratingOverride", "overrideReason", "confidence"));
            }
        }).resign().zip();
        Path file = Files.write(dir.resolve("v1.jplan"), v1);
        new PackageService().importPackage(store, file, null, f -> { });
        PlanData imported = store.load(incoming.id()).orElseThrow();
        assertEquals(incoming.actions().size(), imported.actions().size());
        assertTrue(imported.actions().stream().noneMatch(a -> a.hasBaseline()));
        assertEquals(org.jointplan.domain.BragKey.DEFAULT, imported.plan().bragKey());
    }

    @Test
    void hostileReportingRecordsAreHeldToTheSameRules() {
        byte[] impossible = PackageTinker.of(withSnapshot()).editPlan(p -> ((ObjectNode) p.get("snapshots").get(0)
                .get("actions").get(0)).put("percentComplete", 150).put("status", "ON_TRACK")).resign().zip();
        assertTrue(refused(impossible).contains("percent complete must be between 0 and 100, not 150."),
                refused(impossible));
        byte[] twice = PackageTinker.of(withSnapshot()).editPlan(p -> {
            ArrayNode snapshots = (ArrayNode) p.get("snapshots");
            ObjectNode copy = snapshots.get(0).deepCopy();
            copy.put("id", UUID.randomUUID().toString());
            snapshots.add(copy);
        }).resign().zip();
        assertEquals("The plan in the package breaks a rule: two report snapshots are as at 30/09/2024.",
                refused(twice));
        byte[] stray = PackageTinker.of(good).editPlan(p -> ((ObjectNode) p.get("dateMoves").get(0))
                .put("actionId", UUID.randomUUID().toString())).resign().zip();
        assertEquals("The plan in the package breaks a rule: a date move names an action that is not in the plan.",
                refused(stray));
        byte[] sameWord = PackageTinker.of(good).editPlan(p -> {
            ArrayNode entries = ((ObjectNode) p.get("plan")).putObject("bragKey").putArray("entries");
            entries.addObject().put("status", "ON_TRACK").put("label", "Fine").put("meaning", "");
            entries.addObject().put("status", "AT_RISK").put("label", "fine").put("meaning", "");
        }).resign().zip();
        assertTrue(refused(sameWord).contains("the same word"), refused(sameWord));
        byte[] noReason = PackageTinker.of(good).editPlan(p -> ((ObjectNode) p.get("priorities").get(0))
                .put("ratingOverride", "ON_TRACK").put("overrideReason", "")).resign().zip();
        assertTrue(refused(noReason).contains("needs a reason"), refused(noReason));
    }

    @Test
    void hostileMeasuresAreHeldToTheSameRules() {
        byte[] twoValues = PackageTinker.of(good).editPlan(p -> {
            ArrayNode values = (ArrayNode) p.get("measureValues");
            ObjectNode copy = values.get(0).deepCopy();
            copy.put("id", UUID.randomUUID().toString());
            values.add(copy);
        }).resign().zip();
        assertTrue(refused(twoValues).contains("has two values for"), refused(twoValues));
        byte[] midMonth = PackageTinker.of(good).editPlan(p -> ((ObjectNode) p.get("measureValues").get(0))
                .put("date", "2024-05-15")).resign().zip();
        assertTrue(refused(midMonth).contains("first day of its period"), refused(midMonth));
        byte[] strayPriority = PackageTinker.of(good).editPlan(p -> ((ObjectNode) p.get("measures").get(0))
                .put("priorityId", UUID.randomUUID().toString())).resign().zip();
        assertTrue(refused(strayPriority).contains("names a priority that is not in the plan"),
                refused(strayPriority));
        byte[] notANumber = PackageTinker.of(good).editPlan(p -> ((ObjectNode) p.get("measures").get(0))
                .put("decimals", 9)).resign().zip();
        assertTrue(refused(notANumber).contains("0 to 4 decimal places"), refused(notANumber));
        byte[] badWay = PackageTinker.of(good).editPlan(p -> ((ObjectNode) p.get("measures").get(0))
                .put("better", "SIDEWAYS")).resign().zip();
        assertFalse(refused(badWay).isEmpty());
    }

    @Test
    void aVersionTwoPackageGivesItsMeasuresOneTargetAndTheWayThatIsBetter() throws Exception {
        byte[] v2 = PackageTinker.of(good).editManifest(m -> m.put("formatVersion", 2)).editPlan(p -> {
            for (var m : p.get("measures")) {
                ObjectNode measure = (ObjectNode) m;
                measure.remove(java.util.List.of("priorityId", "decimals", "better", "frequency", "baselineValue",
                        "baselineDate", "targets", "suppressBelow", "rebaseAfter", "description"));
                measure.put("higherIsBetter", false).put("target", 12.5).put("targetDate", "2025-03-31");
            }
            for (var v : p.get("measureValues")) {
                ((ObjectNode) v).remove("note");
            }
        }).resign().zip();
        Path file = Files.write(dir.resolve("v2.jplan"), v2);
        new PackageService().importPackage(store, file, null, f -> { });
        PlanData imported = store.load(incoming.id()).orElseThrow();
        assertFalse(imported.measures().isEmpty());
        for (var m : imported.measures()) {
            assertEquals(org.jointplan.domain.spc.Improvement.DECREASE, m.better());
            assertEquals(java.util.List.of(new org.jointplan.domain.Measure.Target(12.5,
                    java.time.LocalDate.of(2025, 3, 31))), m.targets());
        }
    }

    private String refused(byte[] content) {
        return refused(content, null, PackageLimits.DEFAULT);
    }

    /** Imports the bytes as a package, expects a refusal, checks it is plain and harmless, returns its message. */
    private String refused(byte[] content, char[] passphrase, PackageLimits limits) {
        try {
            Path file = Files.write(dir.resolve("in.jplan"), content);
            StoreSnapshot before = StoreSnapshot.of(store);
            PackageService service = new PackageService(limits, Clock.systemUTC());
            PackageException e = assertThrows(PackageException.class,
                    () -> service.importPackage(store, file, passphrase == null ? null : passphrase.clone(),
                            f -> { }));
            String message = e.getMessage();
            assertFalse(message.contains("\n") || message.contains("Exception") || message.contains("jackson"),
                    message);
            assertTrue(message.endsWith("."), message);
            assertEquals(message, UserMessages.of(e));
            before.assertSameAs(store);
            assertArrayEquals(content, Files.readAllBytes(file), "the package file is left as it was");
            return message;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
