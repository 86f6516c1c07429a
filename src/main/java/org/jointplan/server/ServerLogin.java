package org.jointplan.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

/**
 * Where the server is and who logs in: a {@code jdbc:postgresql://HOST:PORT/DB} address (its {@code sslmode} and
 * {@code sslrootcert} are the driver's to honour), a login role, and the file holding its password (the command
 * line) or the password typed in the window (kept in memory only; never written anywhere). The password is read
 * only while connecting and cleared; the driver needs it once as a String, which is then dropped.
 */
public record ServerLogin(String url, String user, Path passwordFile, TypedPassword typed) {
    private static final String PREFIX = "jdbc:postgresql://";
    /** Seconds: an unreachable server is reported rather than waited for. */
    private static final String CONNECT_TIMEOUT = "10";
    /** Seconds without an answer before a dropped network is reported (a push is short). */
    private static final String SOCKET_TIMEOUT = "120";

    public ServerLogin {
        if (url == null || !url.startsWith(PREFIX) || url.length() == PREFIX.length()) {
            throw new ServerException("The server address must look like jdbc:postgresql://HOST:PORT/DATABASE.");
        }
        if (url.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ServerException("The server address holds a control character.");
        }
        if (url.contains("password=")) {
            throw new ServerException("The server address must not hold the password; give it in a password file.");
        }
        if (user == null || user.isBlank() || user.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ServerException("The server user name is missing or holds a control character.");
        }
        if (passwordFile == null && typed == null) {
            throw new ServerException("The server password file is missing.");
        }
    }

    /** A login whose password is in a file (the command line). */
    public ServerLogin(String url, String user, Path passwordFile) {
        this(url, user, passwordFile, null);
    }

    /** A login with the password typed in the window; the caller clears {@code password} when it is done with it. */
    public static ServerLogin typed(String url, String user, char[] password) {
        return new ServerLogin(url, user, null, new TypedPassword(password));
    }

    /** A new connection in autocommit mode. */
    Connection connect(String doing) {
        char[] password = typed != null ? typed.copy() : PasswordFile.read(passwordFile);
        Properties properties = new Properties();
        try {
            properties.setProperty("user", user);
            properties.setProperty("password", new String(password));
            properties.setProperty("connectTimeout", CONNECT_TIMEOUT);
            properties.setProperty("loginTimeout", CONNECT_TIMEOUT);
            properties.setProperty("socketTimeout", SOCKET_TIMEOUT);
            properties.setProperty("ApplicationName", "JointPlan");
            properties.setProperty("tcpKeepAlive", "true");
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw ServerErrors.explain(e, doing);
        } finally {
            Arrays.fill(password, '\0');
            properties.remove("password");
        }
    }
}
