package org.jointplan.report.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.jointplan.report.Block;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.DocumentInfo;
import org.jointplan.report.Section;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Builds the Word document block by block, each model section a Word section with its own page. */
final class DocxDocument {
    private final XWPFDocument doc;
    private final DocumentInfo info;
    private final FigurePictures pictures;
    private int figures;

    private DocxDocument(XWPFDocument doc, DocumentInfo info, FigurePictures pictures) {
        this.doc = doc;
        this.info = info;
        this.pictures = pictures;
    }

    static byte[] write(CommitteeReport report, DoubleConsumer progress)
            throws IOException, XmlException, InvalidFormatException {
        try (FigurePictures pictures = new FigurePictures(report); XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc);
            properties(doc.getProperties().getCoreProperties(), report.info());
            DocxDocument writer = new DocxDocument(doc, report.info(), pictures);
            writer.title(report);
            double total = report.blocks().size() + 1;
            int done = 0;
            List<Section> sections = report.sections();
            for (int s = 0; s < sections.size(); s++) {
                Section section = sections.get(s);
                for (Block block : section.blocks()) {
                    progress.accept(done++ / total);
                    writer.block(block, section);
                }
                writer.endSection(section, s == sections.size() - 1);
            }
            progress.accept(done / total);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            progress.accept(1.0);
            return out.toByteArray();
        }
    }

    private static void properties(POIXMLProperties.CoreProperties core, DocumentInfo info) {
        core.setTitle(DocxText.xmlSafe(info.title()));
        core.setSubjectProperty(DocxText.xmlSafe(info.subject()));
        core.setCreator(DocxText.xmlSafe(info.author()));
        core.getUnderlyingProperties().setLanguageProperty(DocumentInfo.LANGUAGE);
    }

    /** The document's title in the Title style, unless the report opens with a heading saying just that. */
    private void title(CommitteeReport report) {
        List<Block> first = report.sections().get(0).blocks();
        if (!first.isEmpty() && first.get(0) instanceof Block.Heading h && h.text().strip().equals(info.title())) {
            return;
        }
        paragraph(DocxStyles.TITLE, "", info.title());
    }

    private void block(Block block, Section section) throws IOException, InvalidFormatException {
        if (block instanceof Block.Heading h) {
            paragraph(DocxStyles.headingStyle(h.level()), "", h.text());
        } else if (block instanceof Block.Paragraph p) {
            paragraph(null, p.label(), p.text());
        } else if (block instanceof Block.Bullets b) {
            for (String item : b.items()) {
                XWPFParagraph p = paragraph(DocxStyles.BULLET, "", item);
                p.setNumID(DocxStyles.BULLETS);
                p.setNumILvl(BigInteger.ZERO);
            }
        } else if (block instanceof Block.Table t) {
            DocxTables.write(doc, t, section.page());
        } else if (block instanceof Block.Figure f) {
            DocxFigures.write(doc, f, pictures.next(), ++figures);
        }
    }

    private XWPFParagraph paragraph(String style, String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        DocxText.direction(p, label + text);
        DocxText.append(p, label, DocxText.Look.BOLD);
        DocxText.append(p, text, DocxText.Look.PLAIN);
        return p;
    }

    /**
     * Word keeps a section's page settings in its last paragraph (the last section's in the body), so a section
     * that ends in a table gets an empty paragraph to hold them.
     */
    private void endSection(Section section, boolean last) {
        CTSectPr sect;
        CTBody body = doc.getDocument().getBody();
        if (last) {
            sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        } else {
            List<IBodyElement> elements = doc.getBodyElements();
            IBodyElement end = elements.isEmpty() ? null : elements.get(elements.size() - 1);
            XWPFParagraph holder = end instanceof XWPFParagraph p && !DocxXml.pPr(p).isSetSectPr()
                    ? p : doc.createParagraph();
            CTPPr pPr = DocxXml.pPr(holder);
            sect = pPr.addNewSectPr();
        }
        DocxPages.setUp(doc, sect, section.page(), info);
    }
}
