package org.jointplan.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jointplan.sheet.SheetReaderTest.read;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are no tracker, or hostile ones: each refused in one plain sentence, memory bounded. */
class BadSheetsTest {
    @TempDir
    Path dir;

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        Path plain;
        try (Trackers.Book book = Trackers.xlsx().sheet("Plan")) {
            book.row(1, "Action", "Due").row(2, "One", "31/03/2025");
            plain = book.save(dir.resolve("plain.xlsx"));
        }
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> read(locked)).isInstanceOf(SheetException.class)
                .hasMessage("locked.xlsx is protected by a password; open it in Excel, remove the password (File >"
                        + " Info > Protect Workbook) and import the saved copy.");
    }

    @Test
    void aMacroWorkbookIsReadAsDataOnly() throws Exception {
        Path file;
        try (Trackers.Book book = Trackers.xlsx().sheet("Plan")) {
            book.row(1, "Action", "Due").row(2, "One", "31/03/2025");
            file = book.save(dir.resolve("tracker.xlsm"));
        }
        assertThat(read(file).plan().orElseThrow().plan().actions()).hasSize(1);
    }

    @Test
    void aZipBombDressedAsXlsxIsRefused() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1_000_000);

        assertThatThrownBy(() -> read(bomb)).isInstanceOf(SheetException.class)
                .hasMessageStartingWith("bomb.xlsx ");
    }

    @Test
    void aMillionRowsAreRefusedWithoutReadingThemAll() throws Exception {
        Path file = dir.resolve("huge.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("Action,Due\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = "An action,31/03/2025\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(line);
            }
        }
        assertThatThrownBy(() -> read(file)).isInstanceOf(SheetException.class)
                .hasMessageStartingWith("huge.csv holds more than 50,000 rows");
    }

    @Test
    void anEmptySheetAndAFileThatIsNoSpreadsheetAreRefused() throws Exception {
        Path empty;
        try (Trackers.Book book = Trackers.xlsx().sheet("Plan")) {
            empty = book.save(dir.resolve("empty.xlsx"));
        }
        assertThatThrownBy(() -> read(empty)).isInstanceOf(SheetException.class)
                .hasMessage("empty.xlsx holds no actions JointPlan can read: the sheet is empty, so it was not"
                        + " read.");

        Path picture = dir.resolve("plan.xlsx");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        assertThatThrownBy(() -> read(picture)).isInstanceOf(SheetException.class)
                .hasMessage("plan.xlsx is not a spreadsheet JointPlan can read; save it from Excel as .xlsx, .xls or"
                        + " .csv and import that.");

        Path words = dir.resolve("notes.csv");
        Files.writeString(words, "Just some words\nand more words\n");
        assertThatThrownBy(() -> read(words)).isInstanceOf(SheetException.class)
                .hasMessageStartingWith("notes.csv holds no actions JointPlan can read");
    }
}
