package org.jointplan.ui.measures;

import java.util.function.Supplier;
import javafx.stage.Window;
import org.jointplan.ui.model.PlanViewModel;

/**
 * What the measures view and editor act through, given by the window: the open plan, the window that owns their
 * dialogs, how a result or a refusal is told (one plain sentence), and how a question is asked.
 */
public record MeasureDesk(PlanViewModel model, Supplier<Window> owner, Tell tell, Ask ask) {

    /** Tells the user how something went, in a heading and one sentence. */
    @FunctionalInterface
    public interface Tell {
        void info(String header, String text);
    }

    /** Asks before a step that replaces something; true only when the user chose {@code action}. */
    @FunctionalInterface
    public interface Ask {
        boolean ask(String header, String text, String action);
    }
}
