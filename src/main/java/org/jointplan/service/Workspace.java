package org.jointplan.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointplan.domain.Exchange;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;
import org.jointplan.store.StorePath;

/**
 * An open plan store, ready to use: a new store is seeded with the 2024/25 sample plan exactly once (a setting
 * records it in the same transaction, so starting twice never duplicates it). A new store starts as a copy of the
 * seed store shipped with the application ({@link SeedStore}), seeded the same way at build time.
 */
public final class Workspace implements AutoCloseable {
    static final String SEEDED = "sample_plan_seeded";

    private final Store store;
    private final Clock clock;

    private Workspace(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public static Workspace open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /**
     * Opens the store at {@code file}; {@code clock} names its backups (tests set it). A link is followed to the
     * real file first, so a new store is made there, with the store's own permissions.
     */
    public static Workspace open(Path file, Clock clock) {
        Path real = StorePath.real(file);
        if (Store.isNew(real)) { // refusals first: no seed copy is made where the store would be refused
            SeedStore.copyIfNew(real);
        }
        Store store = Store.open(real, clock);
        try {
            seedOnce(store);
            return new Workspace(store, clock);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static void seedOnce(Store store) {
        if (store.setting(SEEDED).isPresent()) {
            return;
        }
        PlanData sample = SamplePlan.load();
        store.write("the sample plan", w -> {
            if (store.plans().isEmpty()) {
                w.savePlan(sample);
            }
            w.saveSetting(SEEDED, sample.id().toString());
        });
    }

    public Store store() {
        return store;
    }

    public Path file() {
        return store.file();
    }

    /** Where the store's rolling backups are kept. */
    public Path backupFolder() {
        return store.backups().folder();
    }

    public String sqliteVersion() {
        return store.sqliteVersion();
    }

    public int schemaVersion() {
        return store.schemaVersion();
    }

    /** What SQLite's integrity check finds wrong with the store; empty when it is sound. */
    public List<String> integrityProblems() {
        return store.integrityProblems();
    }

    /** The plan's packages sent and received, as recorded when they were exported or opened. */
    public List<Exchange> exchanges(UUID planId) {
        return store.exchanges(planId);
    }

    Clock clock() {
        return clock;
    }

    /** Today by the workspace's clock: what a snapshot may not be after. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    public List<Plan> plans() {
        return store.plans();
    }

    /** The ids of the plans put away in the archive (File > Archive plan). */
    public java.util.Set<UUID> archivedPlans() {
        return store.archivedPlans();
    }

    static final String LAST_PLAN = "ui.last_plan";

    /** The plan to show first: the one open last time, else the latest financial year's. */
    public Optional<PlanData> defaultPlan() {
        Optional<PlanData> last = store.setting(LAST_PLAN).map(java.util.UUID::fromString).flatMap(store::load);
        return last.isPresent() ? last : store.plans().stream().findFirst().flatMap(p -> store.load(p.id()));
    }

    /** Remembers the plan on screen, to open it again next time. */
    public void rememberOpenPlan(UUID planId) {
        if (!store.setting(LAST_PLAN).equals(Optional.of(planId.toString()))) {
            store.saveSetting(LAST_PLAN, planId.toString());
        }
    }

    public Optional<PlanData> plan(UUID id) {
        return store.load(id);
    }

    /** Adds a whole new plan in one transaction. */
    public void addPlan(PlanData plan) {
        store.write("the new plan", w -> w.savePlan(plan));
    }

    /** Keeps a rolling backup: one a day while the application is in use. */
    public void backupIfDue() {
        store.backupIfOlderThan(Duration.ofDays(1));
    }

    @Override
    public void close() {
        store.close();
    }
}
