package org.jointplan.server;

import java.sql.SQLException;
import javax.net.ssl.SSLException;

/**
 * PostgreSQL's errors as one plain sentence, by SQLSTATE class: never a column, constraint or table name, never the
 * server's own wording (which may quote values), and never the password.
 */
final class ServerErrors {
    private ServerErrors() {
    }

    /** {@code doing} fits "JointPlan could not …", e.g. "push the plan to the server". */
    static ServerException explain(SQLException e, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (tls(e) || state.equals("08004") && String.valueOf(e.getMessage()).contains("SSL")) {
            return new ServerException("The secure connection to the server could not be made, so JointPlan could"
                    + " not " + doing + "; check the server's certificate, the CA certificate and the sslmode in the"
                    + " address.", e);
        }
        if (state.startsWith("08")) {
            return new ServerException("The server cannot be reached, so JointPlan could not " + doing
                    + "; check the address and the network, and try again.", e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new ServerException("The server refused the login, so JointPlan could not " + doing
                    + "; check the user name and the password file.", e);
        }
        if (state.equals("3D000")) {
            return new ServerException("The server has no such database, so JointPlan could not " + doing
                    + "; check the address.", e);
        }
        if (state.equals("42501") || state.startsWith("42")) {
            return new ServerException("The server login is not allowed to do this, so JointPlan could not " + doing
                    + "; ask the server's administrator.", e);
        }
        if (state.startsWith("23")) {
            return new ServerException("The server refused the change because it would make the plan inconsistent,"
                    + " so JointPlan could not " + doing + "; nothing was changed on the server.", e);
        }
        if (state.startsWith("40") || state.startsWith("55") || state.startsWith("57")) {
            return new ServerException("The server is busy or was interrupted, so JointPlan could not " + doing
                    + "; nothing was changed on the server, try again in a moment.", e);
        }
        return new ServerException("The server could not complete the request, so JointPlan could not " + doing
                + " (PostgreSQL error " + (state.isEmpty() ? "unknown" : state) + ").", e);
    }

    private static boolean tls(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof java.security.cert.CertificateException) {
                return true;
            }
        }
        return false;
    }
}
