package org.jointplan.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The structure tree (the tags screen readers follow) and the parent tree that leads from each page's marked content
 * back to its element. Every tagged stretch of content gets the next MCID of its page.
 */
final class Tags {
    private static final String ARTIFACT = "/Artifact <</Type /%s%s>> BDC\n";
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final List<List<COSDictionary>> owners = new ArrayList<>();

    Tags(PDDocument doc) {
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    PDStructureElement document() {
        return document;
    }

    /** A new element, the last child of its parent. */
    PDStructureElement add(PDStructureElement parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent);
        kids(parent).add(e);
        return e;
    }

    void pageAdded() {
        owners.add(new ArrayList<>());
    }

    /** Opens a marked-content sequence on the page for the element, and records it as the element's kid. */
    void begin(PDPageContentStream cs, int pageIndex, PDPage page, PDStructureElement e) throws IOException {
        List<COSDictionary> onPage = owners.get(pageIndex);
        int mcid = onPage.size();
        onPage.add(e.getCOSObject());
        COSBase pg = e.getCOSObject().getDictionaryObject(COSName.PG);
        if (pg == null) {
            e.setPage(page);
            kids(e).add(COSInteger.get(mcid));
        } else if (pg == page.getCOSObject()) {
            kids(e).add(COSInteger.get(mcid));
        } else {
            PDMarkedContentReference ref = new PDMarkedContentReference();
            ref.setPage(page);
            ref.setMCID(mcid);
            ref.getCOSObject().setDirect(true);
            kids(e).add(ref.getCOSObject());
        }
        cs.beginMarkedContent(COSName.getPDFName(e.getStructureType()), mcid);
    }

    /** Opens an artifact: page furniture (Pagination, with Header or Footer) or Layout (rules and shading). */
    static void beginArtifact(PDPageContentStream cs, String type, String subtype) throws IOException {
        cs.appendRawCommands(String.format(ARTIFACT, type, subtype == null ? "" : " /Subtype /" + subtype));
    }

    /** Writes the parent tree: for each page (its StructParents key), its elements by MCID. */
    void finish(List<PDPage> pages) {
        COSArray nums = new COSArray();
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setStructParents(i);
            COSArray byMcid = new COSArray();
            owners.get(i).forEach(byMcid::add);
            nums.add(COSInteger.get(i));
            nums.add(byMcid);
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        root.setParentTreeNextKey(pages.size());
    }

    private static COSArray kids(PDStructureElement e) {
        COSDictionary d = e.getCOSObject();
        COSBase k = d.getDictionaryObject(COSName.K);
        if (k instanceof COSArray a) {
            return a;
        }
        COSArray a = new COSArray();
        if (k != null) {
            a.add(k);
        }
        d.setItem(COSName.K, a);
        return a;
    }
}
