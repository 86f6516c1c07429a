package org.jointplan.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** From workbook.xml: which sheets are hidden, and whether dates count from 1904 (old Mac workbooks). */
record XlsxWorkbookInfo(Set<String> hidden, boolean date1904) {

    static XlsxWorkbookInfo read(XSSFReader reader) throws IOException, SAXException, InvalidFormatException {
        Set<String> hidden = new HashSet<>();
        boolean[] date1904 = {false};
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("sheet".equals(localName) && atts.getValue("state") != null
                            && !"visible".equals(atts.getValue("state"))) {
                        hidden.add(atts.getValue("name"));
                    } else if ("workbookPr".equals(localName)) {
                        String d = atts.getValue("date1904");
                        date1904[0] = "1".equals(d) || "true".equals(d);
                    }
                }
            });
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return new XlsxWorkbookInfo(hidden, date1904[0]);
    }
}
