package org.jointplan.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.jointplan.service.PackageService;
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

    /** The passphrase for opening a package: refused at once when the package needs one and none was given. */
    static Passphrase forPackage(Path pkg, Path file) {
        if (file == null && PackageService.isProtected(pkg)) {
            throw new CommandFailure(pkg.getFileName() + " is protected by a passphrase; give it with"
                    + " --passphrase-file FILE.");
        }
        return from(file);
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
