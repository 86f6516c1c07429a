package org.jointplan.report.pdf;

/** Text to wrap, in one face (a bold label, then regular text). */
record Styled(String text, Face face) {
}
