package org.jointplan.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jointplan.domain.Action;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;

class ActionTextTest {

    @Test
    void theTooltipGivesTitleOwnerUkDatesStatusAndPercentButNeverTheNotes() {
        PlanData plan = Fixtures.sample();
        Action a = Fixtures.action(plan, "Review the local authority OT service").toBuilder()
                .notes("Do not share: budget pressure in ICDS").build();
        String tip = ActionText.tooltip(a, a.span(), plan, Fixtures.AS_AT);
        assertTrue(tip.startsWith(a.title() + "\n"), tip);
        assertTrue(tip.contains("Owner: ICDS Service Manager"), tip);
        assertTrue(tip.contains("Start 03/06/2024  ·  Due 20/12/2024"), tip);
        assertTrue(tip.contains("✕ Off track (Red)  ·  35% complete"), tip);
        assertTrue(tip.contains("Reason: "), tip);
        assertFalse(tip.contains("budget pressure"), "private notes are never shown");
        assertFalse(ActionText.summary(a, org.jointplan.domain.BragKey.DEFAULT, null).contains("budget pressure"));
        assertFalse(ActionText.barLabel(a, Fixtures.AS_AT, a.span(), BragKey.DEFAULT, null)
                .contains("budget pressure"));
    }

    @Test
    void anOverdueActionSaysSoInWordsAndHowLate() {
        PlanData plan = Fixtures.sample();
        Action a = Fixtures.action(plan, "Review the local authority OT service");
        LocalDate today = a.due().plusDays(12);
        assertTrue(ActionText.isOverdue(a, a.span(), today));
        assertEquals("Overdue · ✕ Off track · 35%", ActionText.barLabel(a, today, a.span(), BragKey.DEFAULT, null));
        assertTrue(ActionText.tooltip(a, a.span(), plan, today).contains("Overdue by 12 days"));
        Action done = a.toBuilder().status(Status.COMPLETE).build();
        assertFalse(ActionText.isOverdue(done, done.span(), today), "a complete action is never overdue");
    }

    @Test
    void aMovedButUnsavedActionShowsBothDates() {
        PlanData plan = Fixtures.sample();
        Action a = Fixtures.action(plan, "Procure the new jointly commissioned SLCN service");
        DateRange moved = new DateRange(a.start().plusDays(7), a.due().plusDays(7));
        String tip = ActionText.tooltip(a, moved, plan, Fixtures.AS_AT);
        assertTrue(tip.contains("Start 13/01/2025  ·  Due 21/03/2025"), tip);
        assertTrue(tip.contains("was 06/01/2025 to 14/03/2025"), tip);
    }

    @Test
    void aSlippedMilestoneGivesItsFirstDateAndTheReason() {
        Milestone m = Fixtures.milestone(Fixtures.sample(), "ICDS OT review recommendations");
        String tip = ActionText.tooltip(m, m.date(), Fixtures.AS_AT);
        assertTrue(tip.contains("Due 20 December 2024"), tip);
        assertTrue(tip.contains("Slipped from 30 September 2024"), tip);
        assertTrue(tip.contains("Why: Recommendations must take in feedback"), tip);
    }
}
