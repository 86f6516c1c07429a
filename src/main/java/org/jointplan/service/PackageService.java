package org.jointplan.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.jointplan.bundle.ExportDetails;
import org.jointplan.bundle.PackageException;
import org.jointplan.bundle.PackageLimits;
import org.jointplan.bundle.PackageReader;
import org.jointplan.bundle.PackageWriter;
import org.jointplan.bundle.PlanPackage;
import org.jointplan.domain.Exchange;
import org.jointplan.domain.PlanData;
import org.jointplan.store.Store;

/**
 * Exporting a plan as a package, and importing a package as a new plan. Both are long enough to show progress:
 * they report a fraction from 0 to 1 to the given consumer between steps, and the consumer may throw (e.g. a
 * CancellationException when the user cancels) to stop there. An export writes its file atomically; an import is
 * one transaction. Either way a failure or a cancel leaves nothing behind. Call from the background thread.
 */
public final class PackageService {
    static final String ALREADY_IN_STORE = "This plan is already in your store, so it was not added again; bring in"
            + " the partner's changes with import --merge (diff shows them first).";

    private final PackageLimits limits;
    private final Clock clock;

    public PackageService() {
        this(PackageLimits.DEFAULT, Clock.systemUTC());
    }

    public PackageService(PackageLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** What an export made. */
    public record Exported(Path file, UUID planId, String title, int actions, boolean encrypted, long bytes) {
    }

    /** What an import added, and where it came from. */
    public record Imported(UUID planId, String title, int actions, String fromOrganisation, String fromPerson,
                           Instant exportedAt, boolean encrypted) {
    }

    /** Whether the file is passphrase-protected, so the window can ask for the passphrase first. */
    public static boolean isProtected(Path file) {
        return PackageReader.isEncrypted(file);
    }

    public Exported exportPlan(Workspace workspace, UUID planId, Path out, char[] passphrase, LocalUser user,
                               DoubleConsumer progress) {
        return exportPlan(workspace.store(), planId, out, passphrase, user, progress);
    }

    public Exported exportPlan(Store store, UUID planId, Path out, char[] passphrase, LocalUser user,
                               DoubleConsumer progress) {
        return exportPlan(store, planId, out, user, ExportOptions.protectedBy(passphrase), progress);
    }

    /** @param planId the plan to export; null for the store's only plan (see {@link PlanChoice#forExport}) */
    public Exported exportPlan(Store store, UUID planId, Path out, LocalUser user, ExportOptions options,
                               DoubleConsumer progress) {
        UUID id = planId != null ? planId : PlanChoice.forExport(store.plans());
        PlanData stored = store.load(id)
                .orElseThrow(() -> new PackageException("The store holds no plan with the id " + id + "."));
        PlanData data = options.includePrivateNotes() ? stored : PrivateNotes.removed(stored);
        progress.accept(0.2);
        UUID basedOn = store.exchanges(id).stream().filter(e -> e.direction() == Exchange.Direction.RECEIVED)
                .findFirst().map(Exchange::packageId).orElse(null);
        ExportDetails details = new ExportDetails(AppInfo.version(), clock.instant(), user.organisation(),
                user.person(), UUID.randomUUID(), basedOn);
        byte[] bytes = new PackageWriter(limits).write(data, details, options.passphrase(),
                scaled(progress, 0.2, 0.9));
        progress.accept(0.9);
        Exchange sent = new Exchange(details.packageId(), id, Exchange.Direction.SENT, clock.instant(),
                user.organisation(), user.person(), details.exportedAt(), out.getFileName().toString(),
                "Sent " + data.actions().size() + " actions", options.recipients());
        String snapshot = Snapshots.json(data);
        // the file is written inside the transaction that records it: a record that fails leaves no file behind
        store.write("the record of the package sent", w -> {
            w.recordExchange(sent, snapshot);
            AtomicFile.write(out, bytes);
        });
        return new Exported(out, id, data.plan().title(), data.actions().size(), options.passphrase() != null,
                bytes.length);
    }

    /**
     * Adds the package's plan to the store in one transaction. A plan already in the store is refused (merging
     * comes later), as is a package reusing the ids of any other record in the store.
     *
     * @param passphrase null when none was given; the caller keeps and clears the array
     */
    public Imported importPackage(Store store, Path file, char[] passphrase, DoubleConsumer progress) {
        return importPackage(store, read(file, passphrase, scaled(progress, 0, 0.8)), file, progress);
    }

    /** Adds a package already read (see {@link PackageOpener}); the same rules as above. */
    Imported importPackage(Store store, PlanPackage pkg, Path file, DoubleConsumer progress) {
        PlanData plan = pkg.plan();
        var m = pkg.manifest();
        // made before the commit, so that nothing after it can fail
        Imported imported = new Imported(plan.id(), plan.plan().title(), plan.actions().size(),
                m.exportedByOrganisation(), m.exportedByPerson(), m.exportedAt(), pkg.encrypted());
        progress.accept(0.85); // the last moment to cancel: the transaction below runs to its end
        store.write("the plan from " + file.getFileName(), w -> {
            if (store.plans().stream().anyMatch(p -> p.id().equals(plan.id()))) {
                throw new PackageException(ALREADY_IN_STORE);
            }
            store.planDeletion(plan.id()).ifPresent(deleted -> {
                throw new PackageException(PlanLifecycle.deletedMessage(plan.plan().title(), deleted));
            });
            Set<UUID> used = w.idsInUse(ids(plan));
            if (!used.isEmpty()) {
                throw new PackageException("The package reuses the id " + used.iterator().next() + " of a record"
                        + " already in your store, so it was not imported.");
            }
            w.savePlan(plan);
            w.recordExchange(received(pkg, file, "Added as a new plan"), Snapshots.json(plan));
        });
        return imported;
    }

    /** Reads and checks a package without changing anything. */
    public PlanPackage read(Path file, char[] passphrase, DoubleConsumer progress) {
        return new PackageReader(limits, clock).read(file, passphrase, progress);
    }

    Exchange received(PlanPackage pkg, Path file, String summary) {
        var m = pkg.manifest();
        return new Exchange(m.packageId(), pkg.plan().id(), Exchange.Direction.RECEIVED, clock.instant(),
                m.exportedByOrganisation(), m.exportedByPerson(), m.exportedAt(), file.getFileName().toString(),
                summary);
    }

    /** Every record id of a plan, to ask the store which are already used. */
    static List<UUID> ids(PlanData plan) {
        List<UUID> ids = new ArrayList<>();
        ids.add(plan.id());
        add(ids, plan.partners(), r -> r.id());
        add(ids, plan.priorities(), r -> r.id());
        add(ids, plan.actions(), r -> r.id());
        add(ids, plan.milestones(), r -> r.id());
        add(ids, plan.dependencies(), r -> r.id());
        add(ids, plan.updates(), r -> r.id());
        add(ids, plan.measures(), r -> r.id());
        add(ids, plan.measureValues(), r -> r.id());
        add(ids, plan.tombstones(), r -> r.id());
        return ids;
    }

    private static <T> void add(List<UUID> ids, List<T> records, Function<T, UUID> id) {
        records.forEach(r -> ids.add(id.apply(r)));
    }

    /** Maps a step's own 0-1 progress into its share of the whole. */
    private static DoubleConsumer scaled(DoubleConsumer progress, double from, double to) {
        return f -> progress.accept(from + (to - from) * f);
    }
}
