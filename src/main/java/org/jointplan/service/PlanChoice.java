package org.jointplan.service;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointplan.bundle.PackageException;
import org.jointplan.domain.Plan;

/**
 * Which plan is meant when nobody said, and which plans a person could take for one another. A partner's package
 * can bring a plan with the same title as yours, so no plan is ever chosen by its title or by the order of a list.
 */
public final class PlanChoice {
    private PlanChoice() {
    }

    /**
     * The plan to export when none is named: the store's only plan. A store with several is refused with their
     * ids and titles (the window always names the plan on screen; only the command line leaves it out).
     */
    public static UUID forExport(List<Plan> plans) {
        if (plans.size() == 1) {
            return plans.get(0).id();
        }
        if (plans.isEmpty()) {
            throw new PackageException("The store holds no plan to export.");
        }
        throw new PackageException("The store holds " + plans.size() + " plans, so export needs --plan ID to know"
                + " which one: " + plans.stream().map(p -> "'" + p.title() + "' (" + p.financialYear().label()
                        + ", id " + p.id() + ")").collect(Collectors.joining("; ")) + ".");
    }

    /** The other plans whose titles read the same as this plan's, ignoring case, spacing and look-alike forms. */
    public static List<Plan> namesakes(List<Plan> plans, UUID planId) {
        String title = plans.stream().filter(p -> p.id().equals(planId)).map(p -> comparable(p.title())).findFirst()
                .orElse(null);
        return plans.stream().filter(p -> !p.id().equals(planId) && comparable(p.title()).equals(title)).toList();
    }

    private static String comparable(String title) {
        // invisible format characters (zero-width space, soft hyphen, BOM) do not make a title read differently
        return Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "")
                .replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
