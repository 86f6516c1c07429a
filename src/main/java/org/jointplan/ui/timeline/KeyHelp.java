package org.jointplan.ui.timeline;

/** One line of the keyboard shortcuts a control declares: the keys as printed on the keyboard, and what they do. */
public record KeyHelp(String keys, String does) {
}
