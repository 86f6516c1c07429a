package org.jointplan.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.jointplan.report.PageSetup;

/**
 * Pages as they fill from the top: the current page and its content, and how far down it the next block starts
 * (measured from the page's top edge; PDF's own y runs upwards from the bottom).
 */
final class PageFlow {
    static final float MARGIN = (float) PageSetup.MARGIN;
    private static final COSName TABS = COSName.getPDFName("Tabs");
    private final PDDocument doc;
    private final Tags tags;
    private final List<PDPage> pages = new ArrayList<>();
    private PageSetup setup;
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private PDStructureElement element;
    private boolean open;

    PageFlow(PDDocument doc, Tags tags) {
        this.doc = doc;
        this.tags = tags;
    }

    void startSection(PageSetup s) throws IOException {
        setup = s;
        newPage();
    }

    void newPage() throws IOException {
        close();
        page = new PDPage(new PDRectangle((float) setup.width(), (float) setup.height()));
        page.getCOSObject().setItem(TABS, COSName.S);
        doc.addPage(page);
        pages.add(page);
        tags.pageAdded();
        content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, true);
        y = MARGIN;
    }

    /** Starts a new page unless the height fits in what is left of this one (or this one is still empty). */
    void ensure(float height) throws IOException {
        if (height > room() && !atTop()) {
            newPage();
        }
    }

    /** The element whose content comes next; its marked content opens with the first thing drawn. */
    void begin(PDStructureElement e) {
        element = e;
        open = false;
    }

    void end() throws IOException {
        if (open) {
            content.endMarkedContent();
        }
        open = false;
        element = null;
    }

    /** Before drawing the element's content: its marked content is open (again, after a shaped span). */
    void open() throws IOException {
        if (!open && element != null) {
            tags.begin(content, pages.size() - 1, page, element);
            open = true;
        }
    }

    /**
     * Before shaped outlines: a Span element of the current one, whose ActualText is the text, so it reads and
     * searches as written though it is drawn as outlines.
     */
    void shapedText(String actualText) throws IOException {
        if (open) {
            content.endMarkedContent();
        }
        PDStructureElement span = tags.add(element, "Span");
        span.setActualText(actualText);
        tags.begin(content, pages.size() - 1, page, span);
        open = true;
    }

    void shapedTextDone() throws IOException {
        content.endMarkedContent();
        open = false;
    }

    PDPageContentStream content() {
        return content;
    }

    PDPage page() {
        return page;
    }

    List<PDPage> pages() {
        return pages;
    }

    boolean atTop() {
        return y == MARGIN;
    }

    /** Distance from the page's top edge to where the next thing goes. */
    float top() {
        return y;
    }

    void advance(float height) {
        y += height;
    }

    float room() {
        return (float) setup.height() - MARGIN - y;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return (float) setup.printableWidth();
    }

    float printableHeight() {
        return (float) setup.printableHeight();
    }

    /** PDF's y for a distance from the page's top edge. */
    float pdfY(float fromTop) {
        return (float) setup.height() - fromTop;
    }

    /** The baseline of a line of text of this size whose line box starts at the flow's position. */
    float baseline(float size, float leading) {
        return baselineAt(y, size, leading);
    }

    /** The baseline of a line whose line box starts {@code fromTop} below the page's top edge. */
    float baselineAt(float fromTop, float size, float leading) {
        return pdfY(fromTop + (leading - 1.164f * size) / 2 + 0.928f * size);
    }

    void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
