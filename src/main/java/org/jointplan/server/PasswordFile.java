package org.jointplan.server;

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

/**
 * The server password, read from a file: never from the command line (the process list and shell history would show
 * it), never stored or logged. UTF-8; line breaks at its end are not part of it. The caller clears the array.
 */
final class PasswordFile {
    static final int MAX_BYTES = 1024;

    private PasswordFile() {
    }

    static char[] read(Path file) {
        byte[] bytes = null;
        CharBuffer chars = null;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ServerException("The password file " + file + " is too long to hold a password.");
            }
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int end = chars.limit();
            while (end > 0 && (chars.get(end - 1) == '\n' || chars.get(end - 1) == '\r')) {
                end--;
            }
            if (end == 0) {
                throw new ServerException("The password file " + file + " is empty.");
            }
            char[] password = new char[end];
            chars.get(password, 0, end);
            return password;
        } catch (NoSuchFileException e) {
            throw new ServerException("There is no password file " + file + ".", e);
        } catch (CharacterCodingException e) {
            throw new ServerException("The password file " + file + " is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new ServerException("The password file " + file + " cannot be read.", e);
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
