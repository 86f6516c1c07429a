package org.jointplan.ui.measures;

import java.util.List;
import java.util.UUID;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.service.Measures;

/**
 * Records figures pasted or imported for a measure, all or none: when some periods already have a different
 * figure, it asks once whether to replace them (never keeping two); a refusal is told in one sentence.
 */
final class FigureRecorder {
    private final MeasureDesk desk;

    FigureRecorder(MeasureDesk desk) {
        this.desk = desk;
    }

    /**
     * @param what "pasted" or "imported", for the question and the refusal
     * @param onSaved runs once they are saved
     */
    void record(UUID measureId, List<Measures.Entry> entries, String what, Runnable onSaved) {
        List<MeasurePeriod> replaced = FigureEdits.replaced(desk.model().plan(), measureId, entries);
        if (!replaced.isEmpty() && !desk.ask().ask("Replace figures?", FigureEdits.periods(replaced)
                + (replaced.size() == 1 ? " already has a figure" : " already have figures") + ". Replace "
                + (replaced.size() == 1 ? "it" : "them") + " with the " + what + " "
                + (replaced.size() == 1 ? "one" : "ones") + ", or cancel and keep the figures as they are?",
                "Replace")) {
            return;
        }
        var today = desk.model().todayProperty().get();
        desk.model().apply(plan -> Measures.record(plan, measureId, entries, today, Measures.OnExisting.REPLACE),
                onSaved, message -> desk.tell().info("The " + what + " figures were not recorded", message));
    }
}
