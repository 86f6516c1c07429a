package org.jointplan.planner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jointplan.domain.ValidationException;

/**
 * What kind of planner's file a file is, judged by its first bytes and never by its name (a renamed file is read as
 * what it is; a spreadsheet called .xml is refused). XML files are told apart by their root element, which the
 * pre-screen finds.
 */
enum FileKind {
    MSPDI("MS Project XML"), MPP("MS Project .mpp"), MPX("MPX"), GANTTPROJECT("GanttProject");

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    static final String NOT_A_PLANNER_FILE = "This file is not an MS Project (.xml, .mpp, .mpx) or GanttProject"
            + " (.gan) file, so nothing was imported; save it from its planner in one of those formats.";

    final String label;

    FileKind(String label) {
        this.label = label;
    }

    /** The kind of a file; XML files are screened (and their tasks counted) on the way. */
    static FileKind of(Path file) {
        byte[] head = head(file);
        if (Arrays.equals(Arrays.copyOf(head, OLE2.length), OLE2)) {
            return MPP;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).replaceFirst("^\u00EF\u00BB\u00BF", "").strip();
        if (text.startsWith("MPX")) {
            return MPX;
        }
        if (text.startsWith("<") || head.length > 1 && (head[0] == (byte) 0xFE || head[0] == (byte) 0xFF)) {
            XmlPrescreen.Result xml = XmlPrescreen.screen(file);
            if ("Project".equals(xml.root())) {
                return MSPDI;
            }
            if ("project".equals(xml.root())) {
                return GANTTPROJECT;
            }
        }
        throw new ValidationException(NOT_A_PLANNER_FILE);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new ValidationException("The file " + file.getFileName() + " could not be read; check that it"
                    + " exists and that you may open it.");
        }
    }
}
