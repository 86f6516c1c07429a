package org.jointplan.service;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    /**
     * What a package, or another application's file, would change, before anything is changed.
     *
     * @param pkg    the partner's package; null for a file from another application (a tracker, a project), whose
     *               update records no exchange
     * @param source the file's name, which says where the changes come from when no package does
     */
    public record Proposal(PlanPackage pkg, Path file, String source, PlanData local, PlanData base,
                           List<Difference> differences, List<String> warnings, boolean olderThanMerged) {

        /** Updating the stored plan from another application's file: the stored plan is the base. */
        public static Proposal fromFile(String source, PlanData local, List<Difference> differences,
                                        List<String> warnings) {
            return new Proposal(null, null, source, local, local, differences, warnings, false);
        }

        public long conflicts() {
            return differences.stream().filter(Difference::isConflict).count();
        }

        /** When the sender made the package. */
        public Instant exportedAt() {
            return pkg.manifest().exportedAt();
        }

        public String sender() {
            if (pkg == null) {
                return source;
            }
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
        return prepare(store, packages.read(file, passphrase, progress), file);
    }

    /** The proposal for a package already read (see {@link PackageOpener}). */
    Proposal prepare(Store store, PlanPackage pkg, Path file) {
        PlanData local = store.load(pkg.plan().id()).orElseThrow(() -> new PackageException("The plan in "
                + file.getFileName() + " is not in your store yet, so there is nothing to merge; import it instead."));
        // a partner's package never changes the local private notes
        PlanData theirs = PrivateNotes.keptFrom(local, pkg.plan());
        List<Exchange> history = store.exchanges(theirs.id());
        var manifest = pkg.manifest();
        List<String> warnings = new ArrayList<>();
        PlanData base = base(store, manifest.basedOnPackageId(), theirs, warnings);
        base = base == null ? null : PrivateNotes.keptFrom(local, base);
        history.stream().filter(e -> e.packageId().equals(manifest.packageId())).findFirst().ifPresent(e ->
                warnings.add((e.direction() == Exchange.Direction.SENT ? "This store sent this package on "
                        : "This package was already brought in on ") + day(e.recordedAt()) + "."));
        Optional<Exchange> newer = history.stream().filter(e -> e.direction() == Exchange.Direction.RECEIVED
                        && e.organisation().equals(manifest.exportedByOrganisation())
                        && e.person().equals(manifest.exportedByPerson())
                        && e.exportedAt().isAfter(manifest.exportedAt()))
                .findFirst();
        newer.ifPresent(e -> warnings.add("This package was made on " + day(manifest.exportedAt())
                        + ", before one from the same sender that you already merged (made on "
                        + day(e.exportedAt()) + "); its changes may be out of date."));
        return new Proposal(pkg, file, file.getFileName().toString(), local, base, ThreeWayDiff.compare(base, local, theirs), List.copyOf(warnings),
                newer.isPresent());
    }

    /**
     * Saves the accepted changes (and, for a package, the exchange) as one transaction that Undo can take back.
     */
    public String apply(PlanSession session, Proposal proposal, Predicate<Difference> accepted) {
        Merge.Result result = Merge.apply(session.plan(), proposal.differences(), accepted);
        long taken = proposal.differences().stream().filter(accepted).count();
        String summary = "Merged " + taken + " of " + proposal.differences().size() + " changes from "
                + proposal.sender();
        Change change = Change.merged((proposal.pkg() == null ? "Update from " : "Merge changes from ")
                + proposal.sender(), result.removals(), result.saves());
        if (proposal.pkg() == null) {
            session.apply(change);
            return summary;
        }
        Exchange exchange = packages.received(proposal.pkg(), proposal.file(), summary);
        String snapshot = Snapshots.json(proposal.pkg().plan());
        session.apply(change, w -> w.recordExchange(exchange, snapshot));
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
     * The common base: the snapshot of the package the partner's copy came from, and nothing else (never another
     * exchange, which may be another partner's, so that the sender would "delete" what they never had). Without
     * it there is no base, and the warning says that every difference is a conflict. The one exception is a
     * package that names no base at all of the shipped sample plan: every store starts with it, so the shipped
     * version is the common ancestor of every copy before any exchange.
     */
    private static PlanData base(Store store, UUID basedOn, PlanData theirs, List<String> warnings) {
        if (basedOn != null) {
            Optional<PlanData> snapshot = store.exchangeSnapshot(basedOn).map(Snapshots::plan)
                    .filter(plan -> plan.id().equals(theirs.id())); // a base of another plan is no base
            if (snapshot.isEmpty()) {
                warnings.add("This package comes from a copy of the plan that JointPlan has no record of, so there"
                        + " is no common base: every difference is shown as a conflict for you to settle.");
            }
            return snapshot.orElse(null);
        }
        PlanData sample = SamplePlan.load();
        if (sample.id().equals(theirs.id())) {
            return sample;
        }
        warnings.add("This package does not say which copy of the plan it came from, so there is no common base:"
                + " every difference is shown as a conflict for you to settle.");
        return null;
    }

    private static String day(java.time.Instant instant) {
        return UkDates.numeric(LocalDate.ofInstant(instant, ZoneId.of("Europe/London")));
    }
}
