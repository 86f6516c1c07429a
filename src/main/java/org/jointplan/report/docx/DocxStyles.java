package org.jointplan.report.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The document's styles under Word's own built-in ids and names ("heading 1", "Caption", "Table Grid", "List
 * Bullet"), so that pasting into a council's report template takes the template's look, and the navigation pane
 * lists the headings (their outline levels). Text defaults to British English.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String CAPTION = "Caption";
    static final String TABLE = "TableGrid";
    static final String BULLET = "ListBullet";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    /** The bullet list's numbering instance, the first (and only) one in numbering.xml. */
    static final BigInteger BULLETS = BigInteger.ONE;

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String FONT = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" "
            + "w:cs=\"Arial\"/>";

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) throws XmlException {
        doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(numbering()).getNumbering());
        doc.createStyles().setStyles(StylesDocument.Factory.parse(styles()).getStyles());
    }

    static String headingStyle(int level) {
        return "Heading" + level;
    }

    private static String numbering() {
        return "<w:numbering " + W + ">"
                + "<w:abstractNum w:abstractNumId=\"0\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr>"
                + "<w:rPr>" + FONT + "</w:rPr></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"" + BULLETS + "\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    }

    /** Tables in 9.5 pt with 1 mm cell margins, so that a date (31/03/2025) fits a narrow column on one line. */
    private static String styles() {
        return "<w:styles " + W + ">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + FONT + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
                + "<w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr>"
                + "</w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/></w:style>"
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
                + "<w:unhideWhenUsed/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" "
                + "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "</w:style>"
                + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
                + paragraphStyle(TITLE, "Title", 10, "<w:spacing w:after=\"240\"/><w:contextualSpacing/>",
                        "<w:b/><w:bCs/><w:color w:val=\"1B1F24\"/><w:kern w:val=\"28\"/><w:sz w:val=\"48\"/>"
                                + "<w:szCs w:val=\"48\"/>")
                + heading(1, 32, 360) + heading(2, 26, 240) + heading(3, 23, 200)
                + paragraphStyle(CAPTION, "caption", 35, "<w:spacing w:before=\"60\" w:after=\"200\"/>",
                        "<w:i/><w:iCs/><w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
                + paragraphStyle(BULLET, "List Bullet", 99, "<w:numPr><w:numId w:val=\"" + BULLETS + "\"/>"
                        + "</w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/>", "")
                + paragraphStyle(HEADER, "header", 99, "<w:tabs><w:tab w:val=\"center\" w:pos=\"4819\"/>"
                        + "<w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs><w:spacing w:after=\"0\"/>",
                        "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
                + paragraphStyle(FOOTER, "footer", 99, "<w:tabs><w:tab w:val=\"center\" w:pos=\"4819\"/>"
                        + "<w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs><w:spacing w:after=\"0\"/>",
                        "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
                + "<w:style w:type=\"table\" w:styleId=\"" + TABLE + "\"><w:name w:val=\"Table Grid\"/>"
                + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:pPr><w:spacing w:before=\"40\" "
                + "w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"19\"/>"
                + "<w:szCs w:val=\"19\"/></w:rPr><w:tblPr><w:tblBorders>" + border("top") + border("left")
                + border("bottom") + border("right") + border("insideH") + border("insideV")
                + "</w:tblBorders><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" "
                + "w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + "</w:styles>";
    }

    /** Word's "heading N": kept with the next paragraph, at outline level N-1 for the navigation pane. */
    private static String heading(int level, int halfPoints, int before) {
        return paragraphStyle(headingStyle(level), "heading " + level, 9,
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"120\"/>"
                        + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                "<w:b/><w:bCs/><w:color w:val=\"1B1F24\"/><w:sz w:val=\"" + halfPoints + "\"/>"
                        + "<w:szCs w:val=\"" + halfPoints + "\"/>");
    }

    /** pPr and rPr hold their children in the schema's order, which Word insists on. */
    private static String paragraphStyle(String id, String name, int priority, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"" + priority
                + "\"/>" + (priority > 10 ? "<w:unhideWhenUsed/>" : "") + "<w:qFormat/>"
                + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
                + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>";
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C959F\"/>";
    }
}
