package org.jointplan.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointplan.domain.Action;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.Partner;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;
import org.jointplan.domain.ValidationException;

/**
 * Lays a plan read from another application's file over the stored plan it updates, giving "their" copy for the
 * three-way comparison: partners matched by name or short name, priorities by name, actions by the reference the
 * file gives ("2.3": the second priority's third action, as JointPlan's trackers and papers number them) and else by
 * title. Only the fields the file carried change; records the file lacks stay as they are (a tracker that leaves out
 * last year's rows deletes nothing), and what the file adds is added.
 */
final class IncomingMatch {
    /** Their copy of the plan, and what the person should know about how it was matched. */
    record Result(PlanData theirs, List<String> warnings) {
    }

    private final PlanData local;
    private final IncomingPlan incoming;
    private final Set<ImportedField> carried;
    private final Stamp stamp;
    private final List<String> warnings = new ArrayList<>();
    private final Map<UUID, UUID> ids = new HashMap<>(); // incoming record id -> local record id

    private IncomingMatch(PlanData local, IncomingPlan incoming, Stamp stamp) {
        this.local = local;
        this.incoming = incoming;
        this.carried = incoming.carried();
        this.stamp = stamp;
    }

    static Result onto(PlanData local, IncomingPlan incoming, Stamp stamp) {
        return new IncomingMatch(local, incoming, stamp).match();
    }

    private Result match() {
        PlanData in = incoming.plan();
        List<Partner> partners = new ArrayList<>(local.partners());
        for (Partner p : in.partners()) {
            Optional<Partner> same = local.partners().stream().filter(l -> sameName(l.name(), l.shortName(),
                    p.name(), p.shortName())).findFirst();
            ids.put(p.id(), same.map(Partner::id).orElse(p.id()));
            if (same.isEmpty()) {
                partners.add(new Partner(p.id(), local.id(), p.name(), p.shortName(), stamp));
            }
        }
        List<Priority> priorities = new ArrayList<>(local.priorities());
        int nextOrder = local.priorities().stream().mapToInt(Priority::order).max().orElse(0) + 1;
        for (Priority p : in.priorities()) {
            Optional<Priority> same = local.priorities().stream().filter(l -> sameName(l.name(), l.shortName(),
                    p.name(), p.shortName())).findFirst();
            ids.put(p.id(), same.map(Priority::id).orElse(p.id()));
            if (same.isEmpty()) {
                priorities.add(new Priority(p.id(), local.id(), nextOrder++, p.name(), p.shortName(), p.rationale(),
                        mapped(p.leadPartnerId()), p.leadOfficer(), false, null, "", p.confidence(), stamp));
            }
        }
        Map<UUID, Action> actions = new LinkedHashMap<>();
        local.actions().forEach(a -> actions.put(a.id(), a));
        Map<String, UUID> byReference = references();
        Set<UUID> matched = new HashSet<>();
        for (Action a : in.actions()) {
            Optional<Action> same = find(a, byReference, matched);
            if (same.isPresent()) {
                matched.add(same.get().id());
                ids.put(a.id(), same.get().id());
                actions.put(same.get().id(), updated(same.get(), a));
            } else {
                ids.put(a.id(), a.id());
                actions.put(a.id(), added(a));
            }
        }
        long untouched = local.actions().size() - matched.size();
        if (untouched > 0) {
            warnings.add(untouched + (untouched == 1 ? " action of your plan is" : " actions of your plan are")
                    + " not in " + incoming.source() + " and stay as they are.");
        }
        List<Milestone> milestones = carried.contains(ImportedField.MILESTONES)
                ? milestones(in.milestones()) : local.milestones();
        List<Dependency> dependencies = carried.contains(ImportedField.DEPENDENCIES)
                ? dependencies(in.dependencies()) : local.dependencies();
        incoming.notes().stream().filter(n -> n.kind() != ImportNote.Kind.SKIPPED).map(ImportNote::toString)
                .forEach(warnings::add);
        long skipped = incoming.count(ImportNote.Kind.SKIPPED);
        if (skipped > 0) {
            warnings.add(skipped + " part" + (skipped == 1 ? " of the file was" : "s of the file were")
                    + " left out on purpose (hidden rows, footnotes, totals); the preview lists them.");
        }
        PlanData theirs = new PlanData(local.plan(), partners, priorities, List.copyOf(actions.values()), milestones,
                dependencies, local.updates(), local.measures(), local.measureValues(), local.committeeDates(),
                local.snapshots(), local.dateMoves(), local.tombstones());
        List<String> problems = PlanRules.problems(theirs);
        if (!problems.isEmpty()) {
            throw new ValidationException("The plan cannot be updated from " + incoming.source() + ": "
                    + lowerFirst(problems.get(0)));
        }
        return new Result(theirs, List.copyOf(warnings));
    }

    /** The local actions by the reference a tracker gives them: priority position, a dot, position in it. */
    private Map<String, UUID> references() {
        Map<String, UUID> refs = new HashMap<>();
        for (Priority p : local.priorities()) {
            List<Action> of = local.actionsOf(p.id());
            for (int i = 0; i < of.size(); i++) {
                refs.put(p.order() + "." + (i + 1), of.get(i).id());
            }
        }
        return refs;
    }

    private Optional<Action> find(Action a, Map<String, UUID> byReference, Set<UUID> matched) {
        String ref = incoming.references().getOrDefault(a.id(), "").strip().replaceAll("\\.$", "");
        UUID byRef = byReference.get(ref);
        if (byRef != null && !matched.contains(byRef)) {
            Action candidate = local.action(byRef).orElseThrow();
            // a renumbered tracker must not pair two different actions: the reference holds when titles agree or
            // the file did not carry titles
            if (!carried.contains(ImportedField.TITLE) || comparable(candidate.title()).equals(comparable(a.title()))
                    || local.actions().stream().noneMatch(l -> comparable(l.title()).equals(comparable(a.title())))) {
                return Optional.of(candidate);
            }
        }
        List<Action> sameTitle = local.actions().stream().filter(l -> !matched.contains(l.id())
                && comparable(l.title()).equals(comparable(a.title()))).toList();
        if (sameTitle.size() > 1) {
            warnings.add(sameTitle.size() + " actions of your plan are called '" + a.title() + "', so the one in "
                    + incoming.source() + " was added as a new action rather than guessed.");
            return Optional.empty();
        }
        return sameTitle.stream().findFirst();
    }

    /** The stored action with the fields the file carried; unchanged (stamp and all) when they agree. */
    private Action updated(Action mine, Action theirs) {
        boolean statusCarried = carried.contains(ImportedField.STATUS);
        boolean percentCarried = carried.contains(ImportedField.PERCENT_COMPLETE);
        Status status = statusCarried ? theirs.status() : mine.status();
        int percent = percentCarried ? theirs.percentComplete() : mine.percentComplete();
        if ((status == Status.COMPLETE) != (percent == 100)) { // the rule binds them: take the file's pair
            status = theirs.status();
            percent = theirs.percentComplete();
        }
        try {
            Action next = new Action(mine.id(), mine.planId(),
                    take(ImportedField.PRIORITY, mine.priorityId(), mapped(theirs.priorityId())),
                    mine.otherPriorityIds(), take(ImportedField.TITLE, mine.title(), theirs.title()),
                    take(ImportedField.DESCRIPTION, mine.description(), theirs.description()),
                    take(ImportedField.LEAD_PARTNER, mine.leadPartnerId(), mapped(theirs.leadPartnerId())),
                    take(ImportedField.OWNER, mine.owner(), theirs.owner()),
                    take(ImportedField.START, mine.start(), theirs.start()),
                    take(ImportedField.DUE, mine.due(), theirs.due()), status, percent,
                    take(ImportedField.STATUS_REASON, mine.statusReason(), theirs.statusReason()), mine.notes(),
                    mine.baselineStart(), mine.baselineDue(),
                    take(ImportedField.CORRECTIVE_ACTION, mine.correctiveAction(), theirs.correctiveAction()),
                    take(ImportedField.DECISION_NEEDED, mine.decisionNeeded(), theirs.decisionNeeded()),
                    mine.stamp());
            return next.equals(mine) ? mine : next.withStamp(stamp);
        } catch (ValidationException broken) {
            warnings.add("'" + mine.title() + "' was left as it is: " + lowerFirst(broken.getMessage()));
            return mine;
        }
    }

    private Action added(Action a) {
        Set<UUID> others = a.otherPriorityIds().stream().map(this::mapped).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Action(a.id(), local.id(), mapped(a.priorityId()), others, a.title(), a.description(),
                mapped(a.leadPartnerId()), a.owner(), a.start(), a.due(), a.status(), a.percentComplete(),
                a.statusReason(), "", null, null, a.correctiveAction(), a.decisionNeeded(), stamp);
    }

    /** The file's milestones added or moved; the stored ones it lacks kept. */
    private List<Milestone> milestones(List<Milestone> theirs) {
        Map<UUID, Milestone> all = new LinkedHashMap<>();
        local.milestones().forEach(m -> all.put(m.id(), m));
        for (Milestone m : theirs) {
            UUID action = mapped(m.actionId());
            UUID priority = mapped(m.priorityId());
            Optional<Milestone> same = local.milestones().stream().filter(l -> Objects.equals(l.actionId(), action)
                    && Objects.equals(l.priorityId(), priority)
                    && comparable(l.title()).equals(comparable(m.title()))).findFirst();
            if (same.isPresent()) {
                Milestone mine = same.get();
                if (!mine.date().equals(m.date()) || mine.achieved() != m.achieved()) {
                    all.put(mine.id(), new Milestone(mine.id(), mine.planId(), mine.actionId(), mine.priorityId(),
                            mine.title(), mine.baselineDate(), m.date(), mine.revisionReason(), m.achieved(), stamp));
                }
            } else {
                all.put(m.id(), new Milestone(m.id(), local.id(), action, priority, m.title(), m.baselineDate(),
                        m.date(), m.revisionReason(), m.achieved(), stamp));
            }
        }
        return List.copyOf(all.values());
    }

    /** The file's links added where the plan lacks them; none removed. */
    private List<Dependency> dependencies(List<Dependency> theirs) {
        List<Dependency> all = new ArrayList<>(local.dependencies());
        for (Dependency d : theirs) {
            UUID before = mapped(d.beforeActionId());
            UUID after = mapped(d.afterActionId());
            boolean known = all.stream().anyMatch(l -> l.beforeActionId().equals(before)
                    && l.afterActionId().equals(after));
            if (known) {
                continue;
            }
            if (PlanRules.wouldCreateCycle(all, before, after)) {
                warnings.add("A link in " + incoming.source() + " would make actions wait on each other in a circle,"
                        + " so it was left out.");
                continue;
            }
            all.add(new Dependency(d.id(), local.id(), before, after, stamp));
        }
        return all;
    }

    private <T> T take(ImportedField field, T mine, T theirs) {
        return carried.contains(field) ? theirs : mine;
    }

    private UUID mapped(UUID incomingId) {
        return incomingId == null ? null : ids.getOrDefault(incomingId, incomingId);
    }

    private static boolean sameName(String name, String shortName, String otherName, String otherShort) {
        Set<String> mine = new HashSet<>(List.of(comparable(name), comparable(shortName)));
        mine.remove("");
        return mine.contains(comparable(otherName)) || mine.contains(comparable(otherShort));
    }

    /** Titles read the same whatever their case, spacing and look-alike forms. */
    static String comparable(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String lowerFirst(String sentence) {
        boolean word = sentence.length() > 1 && Character.isLowerCase(sentence.charAt(1));
        return word ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) : sentence;
    }
}
