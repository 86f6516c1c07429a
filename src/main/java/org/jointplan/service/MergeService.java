package org.jointplan.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;
import org.jointplan.bundle.PackageException;
import org.jointplan.bundle.PlanPackage;
import org.jointplan.domain.Difference;
import org.jointplan.bundle.merge.Merge;
import org.jointplan.bundle.merge.ThreeWayDiff;
import org.jointplan.domain.Exchange;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.UkDates;
import org.jointplan.store.Store;

/**
 * Bringing a partner's copy of a plan back in: the package is compared with the local plan and their common base
 * (the plan as it was in the package the partner's copy came from), the user chooses what to take, and the chosen
 * changes are saved as one undoable transaction together with the record of the exchange.
 */
public final class MergeService {
    private final PackageService packages;

    public MergeService(PackageService packages) {
        this.packages = packages;
    }

    /** What a package would change, before anything is changed. */
    public record Proposal(PlanPackage pkg, Path file, PlanData local, PlanData base, List<Difference> differences,
                           List<String> warnings, boolean olderThanMerged) {
        public long conflicts() {
            return differences.stream().filter(Difference::isConflict).count();
        }

        public String sender() {
            var m = pkg.manifest();
            String who = m.exportedByPerson().isEmpty() ? m.exportedByOrganisation()
                    : m.exportedByOrganisation().isEmpty() ? m.exportedByPerson()
                    : m.exportedByPerson() + " (" + m.exportedByOrganisation() + ")";
            return who.isEmpty() ? "an unnamed sender" : who;
        }
    }

    /** How conflicts are settled when there is no one to ask (the command line). */
    public enum ConflictPolicy {
        MINE, THEIRS, FAIL;

        public Predicate<Difference> accepts() {
            return d -> !d.isConflict() || this == THEIRS;
        }
    }

    public Proposal prepare(Store store, Path file, char[] passphrase, DoubleConsumer progress) {
        PlanPackage pkg = packages.read(file, passphrase, progress);
        PlanData theirs = pkg.plan();
        PlanData local = store.load(theirs.id()).orElseThrow(() -> new PackageException("The plan in "
                + file.getFileName() + " is not in your store yet, so there is nothing to merge; import it instead."));
        List<Exchange> history = store.exchanges(theirs.id());
        Optional<String> baseJson = Optional.ofNullable(pkg.manifest().basedOnPackageId())
                .flatMap(store::exchangeSnapshot)
                .or(() -> history.stream().findFirst().flatMap(e -> store.exchangeSnapshot(e.packageId())));
        PlanData base = baseJson.map(Snapshots::plan).orElseGet(() -> sampleAncestor(theirs));
        List<String> warnings = new ArrayList<>();
        var manifest = pkg.manifest();
        history.stream().filter(e -> e.packageId().equals(manifest.packageId())).findFirst().ifPresent(e ->
                warnings.add("This package was already brought in on " + day(e.recordedAt()) + "."));
        Optional<Exchange> newer = history.stream().filter(e -> e.direction() == Exchange.Direction.RECEIVED
                        && e.organisation().equals(manifest.exportedByOrganisation())
                        && e.person().equals(manifest.exportedByPerson())
                        && e.exportedAt().isAfter(manifest.exportedAt()))
                .findFirst();
        newer.ifPresent(e -> warnings.add("This package was made on " + day(manifest.exportedAt())
                        + ", before one from the same sender that you already merged (made on "
                        + day(e.exportedAt()) + "); its changes may be out of date."));
        if (base == null) {
            warnings.add("JointPlan has no record of the copy this package came from, so every difference is shown"
                    + " as a conflict for you to settle.");
        }
        return new Proposal(pkg, file, local, base, ThreeWayDiff.compare(base, local, theirs), List.copyOf(warnings),
                newer.isPresent());
    }

    /** Saves the accepted changes (and the exchange) as one transaction that Undo can take back. */
    public String apply(PlanSession session, Proposal proposal, Predicate<Difference> accepted) {
        Merge.Result result = Merge.apply(session.plan(), proposal.differences(), accepted);
        long taken = proposal.differences().stream().filter(accepted).count();
        String summary = "Merged " + taken + " of " + proposal.differences().size() + " changes from "
                + proposal.sender();
        Exchange exchange = packages.received(proposal.pkg(), proposal.file(), summary);
        String snapshot = Snapshots.json(proposal.pkg().plan());
        session.apply(Change.merged("Merge changes from " + proposal.sender(), result.removals(), result.saves()),
                w -> w.recordExchange(exchange, snapshot));
        return summary;
    }

    /** For the command line: applies the proposal by a policy; FAIL refuses when there is any conflict. */
    public String apply(Store store, LocalUser user, Proposal proposal, ConflictPolicy policy) {
        if (policy == ConflictPolicy.FAIL && proposal.conflicts() > 0) {
            throw new PackageException("The package has " + proposal.conflicts() + " conflict"
                    + (proposal.conflicts() == 1 ? "" : "s") + " with your plan, so nothing was changed; see them"
                    + " with diff, then import with --conflicts mine or --conflicts theirs.");
        }
        return apply(new PlanSession(store, user, proposal.local()), proposal, policy.accepts());
    }

    /**
     * Every store starts with the shipped sample plan, so for that plan the shipped version is the common ancestor
     * of every copy even before any exchange is recorded.
     */
    private static PlanData sampleAncestor(PlanData theirs) {
        PlanData sample = SamplePlan.load();
        return sample.id().equals(theirs.id()) ? sample : null;
    }

    private static String day(java.time.Instant instant) {
        return UkDates.numeric(LocalDate.ofInstant(instant, ZoneId.of("Europe/London")));
    }
}
