package org.jointplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jointplan.bundle.ExportDetails;
import org.jointplan.bundle.PackageException;
import org.jointplan.bundle.PackageFormat;
import org.jointplan.bundle.PackageReader;
import org.jointplan.bundle.PackageWriter;
import org.jointplan.bundle.PlanJson;
import org.jointplan.domain.PlanData;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PackageService;
import org.jointplan.store.Store;
import org.jointplan.testsupport.Bench;
import org.jointplan.testsupport.PackageTinker;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Package benchmarks; run with mvn -Pbench verify. Export is store load + package + atomic file write; import is
 * read + verify + store into an empty store. Each is compared with plain Jackson writing or reading of the same plan
 * in the same run; write10k and read10k are the bundle's share alone (no store, no file).
 */
@Tag("bench")
class PackageBench {
    private static final int RUNS = 5;
    private static final int WARM_UP = 2;
    private static final LocalUser USER = new LocalUser("Nottingham City Council", "Bench");

    @TempDir
    Path dir;

    @Test
    void export10k() throws Exception {
        PlanData plan = PlanGenerator.plan(10_000, 31);
        PackageService service = new PackageService();
        long[] export = new long[RUNS];
        long[] encrypted = new long[RUNS];
        try (Store store = Store.open(dir.resolve("officer.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            for (int i = -WARM_UP; i < RUNS; i++) {
                Path out = dir.resolve("plan" + i + ".jplan");
                long t0 = System.nanoTime();
                service.exportPlan(store, plan.id(), out, null, USER, f -> { });
                long t1 = System.nanoTime();
                service.exportPlan(store, plan.id(), dir.resolve("sealed" + i + ".jplan"), "bench pass".toCharArray(),
                        USER, f -> { });
                long t2 = System.nanoTime();
                if (i >= 0) {
                    export[i] = t1 - t0;
                    encrypted[i] = t2 - t1;
                }
            }
        }
        double baseline = Bench.medianMillis(timeJackson(() -> PlanJson.mapper().writeValueAsBytes(plan)));
        ExportDetails details = new ExportDetails("bench", Instant.now(), "Nottingham City Council", "Bench");
        double write = Bench.medianMillis(timeJackson(() -> new PackageWriter().write(plan, details, null, f -> { })));
        Bench.report("package.export10k", Bench.medianMillis(export), "ms", baseline);
        Bench.report("package.write10k", write, "ms", baseline);
        Bench.report("package.export10k.encrypted", Bench.medianMillis(encrypted), "ms", baseline);
        Bench.report("package.size10k", Files.size(dir.resolve("plan0.jplan")) / (1024.0 * 1024.0), "MB");
    }

    @Test
    void import10k() throws Exception {
        PlanData plan = PlanGenerator.plan(10_000, 32);
        Path file = dir.resolve("plan.jplan");
        try (Store store = Store.open(dir.resolve("officer.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            new PackageService().exportPlan(store, plan.id(), file, null, USER, f -> { });
        }
        byte[] json = PackageTinker.of(Files.readAllBytes(file)).entry(PackageFormat.PLAN);
        long[] times = new long[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            try (Store empty = Store.open(dir.resolve("partner" + i + ".sqlite"))) {
                long t0 = System.nanoTime();
                new PackageService().importPackage(empty, file, null, f -> { });
                long elapsed = System.nanoTime() - t0;
                assertEquals(10_000, empty.load(plan.id()).orElseThrow().actions().size());
                if (i >= 0) {
                    times[i] = elapsed;
                }
            }
        }
        double baseline = Bench.medianMillis(timeJackson(() -> PlanJson.mapper().readValue(json, PlanData.class)));
        byte[] pkg = Files.readAllBytes(file);
        double read = Bench.medianMillis(timeJackson(() -> new PackageReader().read(pkg, "p.jplan", null, f -> { })));
        Bench.report("package.import10k", Bench.medianMillis(times), "ms", baseline);
        Bench.report("package.read10k", read, "ms", baseline);
    }

    /**
     * Memory stays bounded whatever a package claims: a 1 GiB zip bomb (about 1 MB on disk, its declared size made
     * to lie) and a directory claiming 4 GB entries are refused having used far less heap than a real 10k import.
     */
    @Test
    void hostilePackagesUseBoundedMemory() throws Exception {
        PlanData plan = PlanGenerator.plan(10_000, 33);
        Path real = dir.resolve("real.jplan");
        try (Store store = Store.open(dir.resolve("officer.sqlite"))) {
            store.write("the plan", w -> w.savePlan(plan));
            new PackageService().exportPlan(store, plan.id(), real, null, USER, f -> { });
        }
        byte[] good = Files.readAllBytes(real);
        Path bomb = Files.write(dir.resolve("bomb.jplan"), PackageTinker.declareSize(zipOfZeros(1L << 30),
                PackageFormat.PLAN, 4096));
        Path claims = Files.write(dir.resolve("claims.jplan"), PackageTinker.declareSize(good, PackageFormat.PLAN,
                0xFFFFFFFEL));
        double realPeak = peakHeapMb(() -> {
            try (Store s = Store.open(dir.resolve("partner.sqlite"))) {
                new PackageService().importPackage(s, real, null, f -> { });
            }
        });
        double bombPeak = peakHeapMb(() -> refuse(bomb, "expands far more than a real plan would"));
        double claimsPeak = peakHeapMb(() -> refuse(claims, "is larger than JointPlan accepts"));
        Bench.report("package.bomb1g.peakHeap", bombPeak, "MB", realPeak);
        Bench.report("package.claims4g.peakHeap", claimsPeak, "MB", realPeak);
        assertTrue(bombPeak < 64 && claimsPeak < 64, "bounded: " + bombPeak + ", " + claimsPeak);
    }

    private void refuse(Path file, String expected) {
        try (Store s = Store.open(dir.resolve("victim.sqlite"))) {
            PackageException e = assertThrows(PackageException.class,
                    () -> new PackageService().importPackage(s, file, null, f -> { }));
            assertTrue(e.getMessage().contains(expected), e.getMessage());
            assertEquals(List.of(), s.plans());
        }
    }

    private static byte[] zipOfZeros(long bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(PackageFormat.PLAN));
            byte[] chunk = new byte[1 << 20];
            for (long written = 0; written < bytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long[] timeJackson(Work work) throws Exception {
        long[] times = new long[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.run();
            if (i >= 0) {
                times[i] = System.nanoTime() - t0;
            }
        }
        return times;
    }

    /** Heap in use at the peak of the work, above what was in use before it (an upper bound: pools peak apart). */
    private static double peakHeapMb(Work work) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        double before = Bench.usedHeapMb();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        work.run();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return peak / (1024.0 * 1024.0) - before;
    }
}
