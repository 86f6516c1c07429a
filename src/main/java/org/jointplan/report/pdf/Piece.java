package org.jointplan.report.pdf;

/**
 * Text in one face on one line: shown with the embedded font, or (when {@code shaped}) drawn as the JDK's shaped
 * outlines with the text as ActualText, for scripts PDFBox cannot shape and characters the font does not have.
 */
record Piece(String text, Face face, boolean shaped, float width) {
}
