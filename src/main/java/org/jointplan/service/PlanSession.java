package org.jointplan.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.jointplan.domain.Dependency;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.ValidationException;
import org.jointplan.store.PlanWriter;
import org.jointplan.store.Store;

/**
 * Editing one plan: every change is stamped, saved as one transaction and then applied to the in-memory plan, and
 * can be undone and redone. A step of the plan's lifecycle (a new plan, a deleted one) may put another plan in its
 * place, and its undo brings the first back. Not thread-safe: the application calls it from its one background
 * thread.
 */
public final class PlanSession {
    static final int UNDO_LIMIT = 200;

    private final Store store;
    private volatile LocalUser user;
    private PlanData plan;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /** One undoable step: does its work, durably, and returns the step that takes it back. */
    interface Step {
        String description();

        Step run(PlanSession session);
    }

    /** An edit of the plan's records. */
    private record ChangeStep(Change change) implements Step {
        @Override
        public String description() {
            return change.description();
        }

        @Override
        public Step run(PlanSession session) {
            return new ChangeStep(session.commit(change, w -> { }));
        }
    }

    public PlanSession(Store store, LocalUser user, PlanData plan) {
        this.store = store;
        this.user = user;
        this.plan = plan;
    }

    public PlanData plan() {
        return plan;
    }

    public LocalUser user() {
        return user;
    }

    /** Saves your name and organisation (null leaves one as it is) and stamps every later change with them. */
    public LocalUser changeUser(String name, String organisation) {
        user = LocalUser.save(store, name, organisation);
        return user;
    }

    Store store() {
        return store;
    }

    /** Puts another plan in this one's place: a step of the lifecycle has made, restored or deleted one. */
    void replacePlan(PlanData other) {
        plan = other;
    }

    /** Does a step that Undo can take back. */
    Edited perform(Step step) {
        push(step.run(this));
        return edited();
    }

    /** Saves the change; on failure nothing is saved and the plan in memory is unchanged. */
    public Edited apply(Change change) {
        return apply(change, w -> { });
    }

    /** As {@link #apply(Change)}, with more writes in the same transaction (a merge records its exchange). */
    public Edited apply(Change change, Store.Work<PlanWriter> alongside) {
        push(new ChangeStep(commit(change, alongside)));
        return edited();
    }

    private void push(Step inverse) {
        undo.push(inverse);
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    public Edited undo() {
        if (undo.isEmpty()) {
            return edited();
        }
        Step inverse = undo.peek().run(this); // pop only once it is saved, so a failed undo can be tried again
        undo.pop();
        redo.push(inverse);
        return edited();
    }

    public Edited redo() {
        if (redo.isEmpty()) {
            return edited();
        }
        Step inverse = redo.peek().run(this);
        redo.pop();
        undo.push(inverse);
        return edited();
    }

    /** Stamps, checks and saves a change; returns its inverse. */
    private Change commit(Change change, Store.Work<PlanWriter> alongside) {
        Stamp stamp = user.stampNow();
        Change stamped = change.keepsStamps() ? change : new Change(change.description(), change.removals(),
                change.saves().stream().map(r -> (Stamped) r.withStamp(stamp)).toList());
        PlanData before = plan;
        PlanData after = PlanChanges.apply(before, stamped, stamp);
        if (stamped.saves().stream().anyMatch(r -> r instanceof Dependency) && PlanRules.hasCycle(after.dependencies())) {
            throw new ValidationException("That dependency would make a loop: an action would wait for itself.");
        }
        if (change.keepsStamps()) {
            PlanRules.requireSound(after); // a merge may combine changes that do not fit: say so plainly
        }
        store.write(doing(change.description()), w -> {
            alongside.run(w);
            for (Stamped r : stamped.removals()) {
                w.remove(before.id(), r, stamp);
            }
            for (Stamped r : stamped.saves()) {
                w.save(before.id(), r);
            }
        });
        plan = after;
        return PlanChanges.inverse(before, stamped);
    }

    /** "Merge changes from Jo (County)" as the words of a sentence: only its first letter is lowered. */
    private static String doing(String description) {
        return description.isEmpty() ? description
                : Character.toLowerCase(description.charAt(0)) + description.substring(1);
    }

    /** The plan now, with what Undo and Redo would do. */
    public Edited state() {
        return edited();
    }

    private Edited edited() {
        return new Edited(plan, Optional.ofNullable(undo.peek()).map(Step::description),
                Optional.ofNullable(redo.peek()).map(Step::description));
    }

    /** The plan after an edit, with what Undo and Redo would now do. */
    public record Edited(PlanData plan, Optional<String> undoDescription, Optional<String> redoDescription) {
    }
}
