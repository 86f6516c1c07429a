package org.jointplan.service;

import java.time.LocalDate;
import java.util.UUID;
import org.jointplan.bundle.SpcJson;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;

/** A measure as reported: which plan holds it, where it stands as at a date, and its SPC chart as JSON. */
public final class MeasureReports {
    private MeasureReports() {
    }

    /** The plan that holds the measure, whichever plan of the store that is. */
    public static PlanData planOf(Workspace workspace, UUID measureId) {
        return workspace.plans().stream().map(p -> workspace.plan(p.id()).orElseThrow())
                .filter(p -> p.measures().stream().anyMatch(m -> m.id().equals(measureId))).findFirst()
                .orElseThrow(() -> new ValidationException("No measure in the store has the id " + measureId
                        + "; measure list shows each measure's id."));
    }

    /** The measure as at a date, without a previous report to compare with. */
    public static MeasureProgress progress(PlanData plan, UUID measureId, LocalDate asAt) {
        return MeasureProgress.of(Measures.measure(plan, measureId), plan.measureValues(), asAt, null);
    }

    /** The SPC chart of a measure that has figures, as the JSON of docs/report-format.md. */
    public static byte[] spcJson(MeasureProgress progress, LocalDate asAt) {
        if (progress.spc() == null) {
            throw new ValidationException(progress.measure().name() + " has no figures yet, so it has no chart.");
        }
        return SpcJson.bytes(progress, asAt);
    }
}
