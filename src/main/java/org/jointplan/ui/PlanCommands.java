package org.jointplan.ui;

import java.util.List;
import java.util.UUID;
import org.jointplan.domain.AuditEntry;
import org.jointplan.service.WindowSync;
import org.jointplan.ui.merge.ExchangeHistoryWindow;
import org.jointplan.ui.present.PresentationMode;
import org.jointplan.ui.settings.PlanSettingsWindow;

/** The commands about the plan as a whole: open another, its settings, its exchanges, present it. */
final class PlanCommands {
    private final OpenPlan open;

    PlanCommands(OpenPlan open) {
        this.open = open;
    }

    /** Opens another plan of the store (its undo history starts afresh). */
    void openPlan(UUID planId) {
        open.model().background(() -> open.workspace().plan(planId).orElseThrow(), open.show(),
                message -> open.notices().info("The plan was not opened", message));
    }

    void settings() {
        new PlanSettingsWindow(open.owner(), open.model()).show();
    }

    void history() {
        var plan = open.model().plan();
        var audit = new java.util.concurrent.atomic.AtomicReference<List<AuditEntry>>(List.of());
        open.model().background(() -> {
            audit.set(new WindowSync(open.workspace().store()).audit(plan.id()));
            return open.workspace().exchanges(plan.id());
        }, list -> new ExchangeHistoryWindow(open.owner(), plan.plan().title(), list, audit.get()).show(),
                message -> open.notices().info("The history could not be read", message));
    }

    void present() {
        // the slides and the date are chosen first, the window's as-at date by default
        PresentationMode.choose(open.owner(), open.model().plan(), open.model().shownDate());
    }
}
