package org.jointplan.sheet;

import java.util.List;
import java.util.Objects;

/**
 * A value the import will not guess: asked once for each distinct value, wherever it occurs. Answered by a
 * {@link SheetAnswers.Answer} of the same kind and value, whose choice is one of {@link #choices()}' codes (a
 * {@link Kind#DATE} question also takes any date written dd/mm/yyyy).
 *
 * @param value  the value as written ("Amber/Green", "NCC", "Summer 2025", "amber fill", "01/10/2024 > 30/09/2024")
 * @param places every cell it occurs in, "Sheet 'SLCN', row 7, cell F7"
 * @param prompt the question in one sentence
 */
public record SheetQuestion(Kind kind, String value, List<String> places, String prompt, List<Choice> choices) {

    /** What is asked. */
    public enum Kind {
        /** A rating between two statuses ("Amber/Green") or a word that is no status ("Paused"). */
        STATUS,
        /** A rating shown only as the cell's fill colour. */
        STATUS_FILL,
        /** A lead organisation that could be more than one partner ("NCC"). */
        PARTNER,
        /** A date the import cannot read as one day ("Summer 2025", "Q3" without a year). */
        DATE,
        /** A due date before the action's start: the value is "start > due" as dd/mm/yyyy. */
        DATE_ORDER
    }

    /** One possible answer: the code an answers file gives, and its words for the window. */
    public record Choice(String code, String label) {
        public Choice {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
        }
    }

    public SheetQuestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        places = List.copyOf(places);
        Objects.requireNonNull(prompt, "prompt");
        choices = List.copyOf(choices);
    }

    /** The question as one line with its first place: "Sheet 'SLCN', row 7, cell F7: Is 'Amber/Green' ...". */
    @Override
    public String toString() {
        return (places.isEmpty() ? "" : places.get(0) + (places.size() > 1 ? " (and " + (places.size() - 1)
                + " more)" : "") + ": ") + prompt;
    }
}
