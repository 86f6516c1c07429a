package org.jointplan.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers to a preview's questions, as the window collects them or an answers file gives them (see
 * docs/spreadsheet-import.md): for each question's kind and value, the code of the choice made.
 */
public record SheetAnswers(List<Answer> answers) {

    public static final SheetAnswers NONE = new SheetAnswers(List.of());

    /** One answer: {"kind": "STATUS", "value": "Amber/Green", "choice": "AT_RISK"}. */
    public record Answer(SheetQuestion.Kind kind, String value, String choice) {
        public Answer {
            Objects.requireNonNull(kind, "kind");
            value = Objects.requireNonNull(value, "value").strip();
            choice = Objects.requireNonNull(choice, "choice").strip();
        }
    }

    public SheetAnswers {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** The choice given for this kind and value (compared ignoring case and spacing), if any. */
    public Optional<String> choice(SheetQuestion.Kind kind, String value) {
        String key = comparable(value);
        for (int i = answers.size() - 1; i >= 0; i--) { // a later answer replaces an earlier one
            Answer a = answers.get(i);
            if (a.kind() == kind && comparable(a.value()).equals(key)) {
                return Optional.of(a.choice());
            }
        }
        return Optional.empty();
    }

    /** These answers and one more, which replaces any earlier answer to the same question. */
    public SheetAnswers with(SheetQuestion.Kind kind, String value, String choice) {
        List<Answer> more = new ArrayList<>(answers);
        more.removeIf(a -> a.kind() == kind && comparable(a.value()).equals(comparable(value)));
        more.add(new Answer(kind, value, choice));
        return new SheetAnswers(more);
    }

    static String comparable(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
