package org.jointplan.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointplan.bundle.ReportJson;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ValidationException;

/**
 * Reports on a plan: which plan a command means, its position as at a date ({@link ReportPosition}), and that
 * position as the report data of docs/report-format.md, written whole or not at all.
 */
public final class Reports {
    private Reports() {
    }

    /**
     * The plan named by id, or the store's only plan when none is named; a store with several is refused with their
     * ids and titles, since two plans may share a title.
     *
     * @param command the command that needs the plan, for the message: "report"
     */
    public static PlanData plan(Workspace workspace, UUID planId, String command) {
        List<Plan> plans = workspace.plans();
        if (planId != null) {
            return workspace.plan(planId).orElseThrow(() -> new ValidationException("The store holds no plan with"
                    + " the id " + planId + "; list shows each plan's id."));
        }
        if (plans.isEmpty()) {
            throw new ValidationException("The store holds no plan.");
        }
        if (plans.size() > 1) {
            throw new ValidationException("The store holds " + plans.size() + " plans, so " + command
                    + " needs --plan ID to know which one: " + plans.stream().map(p -> "'" + p.title() + "' ("
                            + p.financialYear().label() + ", id " + p.id() + ")").collect(Collectors.joining("; "))
                    + ".");
        }
        return workspace.plan(plans.get(0).id()).orElseThrow();
    }

    /** The plan as at a date: a snapshot's frozen position, or the live plan judged at the date. */
    public static ReportPosition position(PlanData plan, LocalDate asAt) {
        return ReportPosition.of(plan, asAt);
    }

    /** The report data as JSON (UTF-8). */
    public static byte[] json(ReportPosition position) {
        return ReportJson.bytes(position);
    }

    /** Writes the report data to a file, replacing it whole; a failure leaves what was there. */
    public static void writeJson(ReportPosition position, Path file) {
        AtomicFile.write(file, json(position), "report");
    }
}
