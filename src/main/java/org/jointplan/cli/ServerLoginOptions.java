package org.jointplan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the server is and who logs in, for every command that talks to it; the password only ever in a file. */
final class ServerLoginOptions {
    @Option(names = "--server", required = true, paramLabel = "URL",
            description = "The server, as jdbc:postgresql://HOST:PORT/DATABASE (add ?sslmode=verify-full&"
                    + "sslrootcert=FILE for TLS with certificate verification).")
    String url;

    @Option(names = "--user", required = true, paramLabel = "NAME",
            description = "Your server login (an administrator's for init and upgrade).")
    String user;

    @Option(names = "--password-file", required = true, paramLabel = "FILE",
            description = "A file holding the login's password (never give it on the command line).")
    Path passwordFile;
}
