package org.jointplan.report;

/**
 * A page: its paper, which way round, and the room inside its margins that every writer keeps the same, so a figure
 * laid out for the printable area fits the Word, PDF and HTML page alike. The running header (plan, as-at date,
 * protective marking) and footer (page numbers) sit in the margins' bands, outside the printable area.
 */
public record PageSetup(Paper paper, boolean landscape) {
    /** 2 cm, the margin councils' report templates use. */
    public static final double MARGIN = 56.69;
    public static final PageSetup A4_PORTRAIT = new PageSetup(Paper.A4, false);
    public static final PageSetup A4_LANDSCAPE = new PageSetup(Paper.A4, true);

    public PageSetup {
        if (paper == null) {
            throw new IllegalArgumentException("A page needs its paper size.");
        }
    }

    public double width() {
        return landscape ? paper.longSide() : paper.shortSide();
    }

    public double height() {
        return landscape ? paper.shortSide() : paper.longSide();
    }

    public double printableWidth() {
        return width() - 2 * MARGIN;
    }

    public double printableHeight() {
        return height() - 2 * MARGIN;
    }
}
