package org.jointplan.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.jointplan.service.PassphraseFile;

/** The passphrase a command was given with --passphrase-file, if any; cleared from memory when the command ends. */
final class Passphrase implements AutoCloseable {
    private final char[] chars;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    static Passphrase from(Path file) {
        return new Passphrase(file == null ? null : PassphraseFile.read(file));
    }

    /** The characters, or null when no passphrase was given. */
    char[] chars() {
        return chars;
    }

    @Override
    public void close() {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
