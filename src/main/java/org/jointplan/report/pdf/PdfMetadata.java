package org.jointplan.report.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jointplan.report.DocumentInfo;

/**
 * What PDF/UA-1 asks of the document as a whole: its language, that it is tagged, its title shown in the window
 * bar, and the same title, author and subject in the Info dictionary and the XMP metadata, which says PDF/UA-1.
 */
final class PdfMetadata {
    static final String PRODUCER = "JointPlan";

    private PdfMetadata() {
    }

    static void apply(PDDocument doc, DocumentInfo info, ZonedDateTime now) throws IOException {
        ZonedDateTime created = now.truncatedTo(ChronoUnit.SECONDS);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(DocumentInfo.LANGUAGE);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        PDDocumentInformation dict = doc.getDocumentInformation();
        dict.setTitle(info.title());
        if (!info.author().isEmpty()) {
            dict.setAuthor(info.author());
        }
        if (!info.subject().isEmpty()) {
            dict.setSubject(info.subject());
        }
        dict.setProducer(PRODUCER);
        dict.setCreator(PRODUCER);
        dict.setCreationDate(GregorianCalendar.from(created));

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(info, created).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
    }

    static String xmp(DocumentInfo info, ZonedDateTime created) {
        String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder b = new StringBuilder()
                .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("   <dc:language><rdf:Bag><rdf:li>").append(DocumentInfo.LANGUAGE)
                .append("</rdf:li></rdf:Bag></dc:language>\n");
        if (!info.author().isEmpty()) {
            b.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(info.author()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!info.subject().isEmpty()) {
            b.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        return b.append("   <pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n")
                .append("   <xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n")
                .append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("   <pdfuaid:part>1</pdfuaid:part>\n")
                .append("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
                .toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        Runs.clean(s).codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append(' ');
                default -> b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
