package org.jointplan.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

    String text(String name) {
        byte[] part = parts.get(name);
        if (part == null) {
            throw new AssertionError("the document has no " + name + " but " + parts.keySet());
        }
        return new String(part, StandardCharsets.UTF_8);
    }
}
