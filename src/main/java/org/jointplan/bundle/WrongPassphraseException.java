package org.jointplan.bundle;

/** The package is protected and the passphrase given (or none) does not open it: the user may try again. */
public final class WrongPassphraseException extends PackageException {
    private static final long serialVersionUID = 1L;

    WrongPassphraseException(String message, Throwable cause) {
        super(message, cause);
    }
}
