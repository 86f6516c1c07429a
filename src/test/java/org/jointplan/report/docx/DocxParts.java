package org.jointplan.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/** The parts of a .docx by name, as the XML text Word reads. */
final class DocxParts {
    private final Map<String, byte[]> parts;

    private DocxParts(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    static DocxParts of(byte[] docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocxParts(parts);
    }

    Set<String> names() {
        return parts.keySet();
    }

    /**
     * What the WordprocessingML schema finds wrong in the body, headers, footers and lists (Word refuses a file with
     * elements out of order); styles.xml is left out, as poi-ooxml-lite lacks the table-style part of the schema.
     */
    List<String> schemaErrors() {
        List<String> found = new ArrayList<>();
        for (String name : parts.keySet()) {
            try {
                XmlObject part = name.equals("word/document.xml") ? DocumentDocument.Factory.parse(text(name))
                        : name.matches("word/header\\d+\\.xml") ? HdrDocument.Factory.parse(text(name))
                        : name.matches("word/footer\\d+\\.xml") ? FtrDocument.Factory.parse(text(name))
                        : name.equals("word/numbering.xml") ? NumberingDocument.Factory.parse(text(name)) : null;
                List<XmlError> errors = new ArrayList<>();
                if (part != null && !part.validate(new XmlOptions().setErrorListener(errors))) {
                    errors.forEach(e -> found.add(name + ": " + e));
                }
            } catch (XmlException e) {
                found.add(name + ": " + e.getMessage());
            }
        }
        return found;
    }

    String text(String name) {
        byte[] part = parts.get(name);
        if (part == null) {
            throw new AssertionError("the document has no " + name + " but " + parts.keySet());
        }
        return new String(part, StandardCharsets.UTF_8);
    }
}
