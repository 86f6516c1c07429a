package org.jointplan.report.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** The outline (bookmarks) from the headings, nested by level, since a long report is navigated by them. */
final class Bookmarks {
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final PDOutlineItem[] lastAtLevel = new PDOutlineItem[3];

    void add(int level, String title, PDPage page, float pdfY) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(Runs.clean(title).replace('\n', ' '));
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setLeft(0);
        dest.setTop(Math.round(pdfY));
        item.setDestination(dest);
        PDOutlineNode parent = outline;
        for (int l = level - 2; l >= 0; l--) {
            if (lastAtLevel[l] != null) {
                parent = lastAtLevel[l];
                break;
            }
        }
        parent.addLast(item);
        lastAtLevel[level - 1] = item;
        for (int l = level; l < lastAtLevel.length; l++) {
            lastAtLevel[l] = null;
        }
    }

    void attach(PDDocument doc) {
        if (outline.hasChildren()) {
            outline.openNode();
            outline.children().forEach(PDOutlineItem::openNode);
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        }
    }
}
