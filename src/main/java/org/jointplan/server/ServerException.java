package org.jointplan.server;

/** The server cannot do what was asked; the message is one plain sentence for the user. */
public final class ServerException extends RuntimeException {
    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
