package org.jointplan.report.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.jointplan.report.Block;

/** Headings, paragraphs and bulleted lists: wrapped, flowing over pages, each line in its element's tag. */
final class TextBlocks {
    static final float BODY = 11;
    static final float BODY_LEADING = BODY * 1.35f;
    private static final float[] HEADING = {18, 14, 12};
    private static final float AFTER_PARAGRAPH = 6;
    private static final float BULLET_INDENT = 16;
    private final PageFlow flow;
    private final Tags tags;
    private final PdfFonts fonts;
    private final Bookmarks bookmarks;

    TextBlocks(PageFlow flow, Tags tags, PdfFonts fonts, Bookmarks bookmarks) {
        this.flow = flow;
        this.tags = tags;
        this.fonts = fonts;
        this.bookmarks = bookmarks;
    }

    void heading(Block.Heading h) throws IOException {
        float size = HEADING[h.level() - 1];
        float leading = size * 1.25f;
        List<Line> lines = new LineBreaker(size).wrap(List.of(new Styled(h.text(), fonts.bold())), flow.width());
        if (lines.isEmpty()) {
            return;
        }
        if (!flow.atTop()) {
            flow.advance(size * 0.8f);
        }
        // keep the heading with the first lines of what follows it
        flow.ensure(lines.size() * leading + 3 * BODY_LEADING);
        bookmarks.add(h.level(), h.text(), flow.page(), flow.pdfY(flow.top()));
        flow(tags.add(tags.document(), "H" + h.level()), lines, flow.left(), size, leading, PdfColours.INK);
        flow.advance(size * 0.3f);
    }

    void paragraph(Block.Paragraph p) throws IOException {
        List<Line> lines = new LineBreaker(BODY).wrap(List.of(new Styled(p.label(), fonts.bold()),
                new Styled(p.text(), fonts.regular())), flow.width());
        if (lines.isEmpty()) {
            return;
        }
        flow(tags.add(tags.document(), "P"), lines, flow.left(), BODY, BODY_LEADING, PdfColours.INK);
        flow.advance(AFTER_PARAGRAPH);
    }

    void bullets(Block.Bullets b) throws IOException {
        if (b.items().isEmpty()) {
            return;
        }
        PDStructureElement list = tags.add(tags.document(), "L");
        COSDictionary numbering = new COSDictionary();
        numbering.setName(COSName.O, "List");
        numbering.setName(COSName.getPDFName("ListNumbering"), "Disc");
        list.getCOSObject().setItem(COSName.A, numbering);
        LineBreaker breaker = new LineBreaker(BODY);
        List<Line> bullet = breaker.wrap(List.of(new Styled("•", fonts.regular())), BULLET_INDENT);
        for (String text : b.items()) {
            List<Line> lines = breaker.wrap(List.of(new Styled(text, fonts.regular())),
                    flow.width() - BULLET_INDENT);
            PDStructureElement item = tags.add(list, "LI");
            flow.ensure(BODY_LEADING);
            flow(tags.add(item, "Lbl"), bullet, flow.left(), BODY, 0, PdfColours.INK);
            flow(tags.add(item, "LBody"), lines, flow.left() + BULLET_INDENT, BODY, BODY_LEADING, PdfColours.INK);
        }
        flow.advance(AFTER_PARAGRAPH);
    }

    /**
     * Draws lines one under another in the element's marked content, going on to a new page when one does not fit;
     * a leading of 0 draws on the current line without moving down (a bullet before its text).
     */
    void flow(PDStructureElement e, List<Line> lines, float x, float size, float leading, int rgb)
            throws IOException {
        flow.begin(e);
        for (Line line : lines) {
            if (leading > flow.room() && !flow.atTop()) {
                flow.end();
                flow.newPage();
                flow.begin(e);
            }
            float step = leading == 0 ? BODY_LEADING : leading;
            LinePainter.draw(flow.content(), line, x, flow.baseline(size, step), size, rgb, flow);
            flow.advance(leading);
        }
        flow.end();
    }
}
