package org.jointplan.bundle;

/** A package could not be written or read. The message is one plain sentence naming the problem. */
public class PackageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PackageException(String message) {
        super(message);
    }

    public PackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
