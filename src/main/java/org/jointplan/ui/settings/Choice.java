package org.jointplan.ui.settings;

/** An entry of a choice list that may stand for no value ("Not given"): the value, or null, and its words. */
record Choice<T>(T value, String text) {
    @Override
    public String toString() {
        return text;
    }
}
