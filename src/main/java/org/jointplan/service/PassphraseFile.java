package org.jointplan.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jointplan.bundle.PackageException;

/**
 * Reads a passphrase from a file (for scripts: a passphrase on the command line would show in the process list and
 * the shell history). The text is UTF-8; line breaks at its end are not part of the passphrase.
 */
public final class PassphraseFile {
    static final int MAX_BYTES = 4096;

    private PassphraseFile() {
    }

    /** The passphrase as characters; the caller clears the array when done. */
    public static char[] read(Path file) {
        byte[] bytes = null;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new PackageException("The passphrase file " + file + " is too long to hold a passphrase.");
            }
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int end = chars.limit();
            while (end > 0 && (chars.get(end - 1) == '\n' || chars.get(end - 1) == '\r')) {
                end--;
            }
            char[] passphrase = new char[end];
            chars.get(passphrase, 0, end);
            Arrays.fill(chars.array(), '\0');
            if (passphrase.length == 0) {
                throw new PackageException("The passphrase file " + file + " is empty.");
            }
            return passphrase;
        } catch (NoSuchFileException e) {
            throw new PackageException("There is no passphrase file " + file + ".", e);
        } catch (CharacterCodingException e) {
            throw new PackageException("The passphrase file " + file + " is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new PackageException("The passphrase file " + file + " cannot be read (" + e.getMessage() + ").",
                    e);
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }
}
