package org.jointplan.service;

import java.util.Optional;
import org.jointplan.bundle.PackageCrypto;

/** The rule for a new package's passphrase, typed twice, so that a dialog can say why it cannot go on yet. */
public final class ExportPassphrase {
    public static final int MIN_LENGTH = PackageCrypto.MIN_PASSPHRASE_LENGTH;

    private ExportPassphrase() {
    }

    /** Why the two fields cannot be used yet; empty when they can (both empty means no passphrase). */
    public static Optional<String> problem(String first, String again) {
        if (!first.equals(again)) {
            return Optional.of(again.isEmpty() ? "Type the passphrase again below." : "The two passphrases differ.");
        }
        if (!first.isEmpty() && first.length() < MIN_LENGTH) {
            return Optional.of("A passphrase needs at least " + MIN_LENGTH + " characters.");
        }
        return Optional.empty();
    }
}
