package org.jointplan.bundle;

import java.util.Objects;
import org.jointplan.domain.PlanData;

/**
 * A package that has been read and checked: its manifest, and the plan it holds, sound by the plan's rules.
 *
 * @param encrypted whether it was protected by a passphrase
 */
public record PlanPackage(Manifest manifest, PlanData plan, boolean encrypted) {
    public PlanPackage {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(plan, "plan");
    }
}
