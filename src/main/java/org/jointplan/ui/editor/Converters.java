package org.jointplan.ui.editor;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes. */
final class Converters {
    private Converters() {
    }

    /** A status with its symbol and the word the plan's BRAG key gives it: "✓ On track". */
    static StringConverter<org.jointplan.domain.Status> statuses(org.jointplan.domain.BragKey key) {
        return of(s -> s.symbol() + " " + key.label(s));
    }

    static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
