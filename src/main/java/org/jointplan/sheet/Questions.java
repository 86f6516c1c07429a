package org.jointplan.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jointplan.domain.ImportNote;

/**
 * The questions of one reading, asked once for each distinct value however many cells hold it, and the answers
 * already given. An answer that is none of its question's choices is said in a note and the question stays open.
 */
final class Questions {
    private record Key(SheetQuestion.Kind kind, String value) {
    }

    private static final class Open {
        final SheetQuestion.Kind kind;
        final String value;
        final String prompt;
        final List<SheetQuestion.Choice> choices;
        final List<String> places = new ArrayList<>();

        Open(SheetQuestion.Kind kind, String value, String prompt, List<SheetQuestion.Choice> choices) {
            this.kind = kind;
            this.value = value;
            this.prompt = prompt;
            this.choices = choices;
        }
    }

    private final SheetAnswers answers;
    private final List<ImportNote> notes;
    private final Map<Key, Open> open = new LinkedHashMap<>();
    private final Map<Key, Boolean> refusedAnswers = new LinkedHashMap<>();

    Questions(SheetAnswers answers, List<ImportNote> notes) {
        this.answers = answers;
        this.notes = notes;
    }

    /**
     * The answer to this question if it has a usable one (a choice's code, or what {@code alsoAccepted} takes);
     * otherwise the question is opened (or this place added to it) and null returned.
     */
    String ask(SheetQuestion.Kind kind, String value, String place, String prompt, List<SheetQuestion.Choice> choices,
               Predicate<String> alsoAccepted) {
        Key key = new Key(kind, SheetAnswers.comparable(value));
        String answer = answers.choice(kind, value).orElse(null);
        if (answer != null) {
            for (SheetQuestion.Choice c : choices) {
                if (c.code().equalsIgnoreCase(answer)) {
                    return c.code();
                }
            }
            if (alsoAccepted.test(answer)) {
                return answer;
            }
            if (refusedAnswers.put(key, true) == null) {
                notes.add(ImportNote.warning(place, "The answer '" + answer + "' to '" + value + "' is not one of"
                        + " its choices (" + String.join(", ", choices.stream().map(SheetQuestion.Choice::code)
                        .toList()) + "), so the question is still open."));
            }
        }
        open.computeIfAbsent(key, k -> new Open(kind, value, prompt, choices)).places.add(place);
        return null;
    }

    List<SheetQuestion> open() {
        return open.values().stream()
                .map(o -> new SheetQuestion(o.kind, o.value, o.places, o.prompt, o.choices)).toList();
    }

    boolean any() {
        return !open.isEmpty();
    }
}
