package org.jointplan.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;

/**
 * What the actions table shows: by priority, partner, owner, status, overdue, due within N weeks and a quick
 * search over title, description and owner. A null criterion means "any".
 */
public record ActionFilter(UUID priorityId, UUID partnerId, String owner, Status status, boolean overdueOnly,
                           Integer dueWithinWeeks, String search) {

    public static final ActionFilter ALL = new ActionFilter(null, null, null, null, false, null, "");

    public Predicate<Action> predicate(PlanData plan, LocalDate today) {
        String words = search == null ? "" : search.strip().toLowerCase(Locale.UK);
        return a -> (priorityId == null || a.servesPriority(priorityId))
                && (partnerId == null || partnerId.equals(a.leadPartnerId()))
                && (owner == null || owner.equals(a.owner()))
                && (status == null || status == a.status())
                && (!overdueOnly || a.isOverdue(today))
                && (dueWithinWeeks == null || (a.status() != Status.COMPLETE && !a.due().isBefore(today)
                        && !a.due().isAfter(today.plusWeeks(dueWithinWeeks))))
                && (words.isEmpty() || matches(a, plan, words));
    }

    private static boolean matches(Action a, PlanData plan, String words) {
        String text = (a.title() + " " + a.description() + " " + a.owner() + " "
                + (a.leadPartnerId() == null ? "" : plan.partner(a.leadPartnerId()).map(p -> p.name()).orElse("")))
                .toLowerCase(Locale.UK);
        for (String word : words.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public ActionFilter withPriority(UUID id) {
        return new ActionFilter(id, partnerId, owner, status, overdueOnly, dueWithinWeeks, search);
    }

    public ActionFilter withPartner(UUID id) {
        return new ActionFilter(priorityId, id, owner, status, overdueOnly, dueWithinWeeks, search);
    }

    public ActionFilter withOwner(String value) {
        return new ActionFilter(priorityId, partnerId, value, status, overdueOnly, dueWithinWeeks, search);
    }

    public ActionFilter withStatus(Status value) {
        return new ActionFilter(priorityId, partnerId, owner, value, overdueOnly, dueWithinWeeks, search);
    }

    public ActionFilter withOverdueOnly(boolean value) {
        return new ActionFilter(priorityId, partnerId, owner, status, value, dueWithinWeeks, search);
    }

    public ActionFilter withDueWithinWeeks(Integer value) {
        return new ActionFilter(priorityId, partnerId, owner, status, overdueOnly, value, search);
    }

    public ActionFilter withSearch(String value) {
        return new ActionFilter(priorityId, partnerId, owner, status, overdueOnly, dueWithinWeeks, value);
    }
}
