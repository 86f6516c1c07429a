package org.jointplan.domain;

/** Small text rules shared by the records. */
final class Text {
    private Text() {
    }

    static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    static String required(String s, String what) {
        String value = orEmpty(s);
        if (value.isEmpty()) {
            throw new ValidationException(what + " cannot be empty.");
        }
        return value;
    }
}
