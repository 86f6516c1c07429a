package org.jointplan.service;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jointplan.server.ServerLogin;
import org.jointplan.server.ServerSetup;
import org.jointplan.server.ServerStore;

/**
 * What a partnership's server administrator does from the command line: set JointPlan up in an empty PostgreSQL
 * database, and upgrade it to this version's schema. The password is read from a file, never the command line.
 */
public final class ServerAdministration {
    private ServerAdministration() {
    }

    /** The schema version before and after, and the versions applied (none when it was already up to date). */
    public record Result(int before, int after, List<Integer> applied) {
    }

    public static Result init(String url, String user, Path passwordFile) {
        return of(ServerSetup.init(new ServerLogin(url, user, passwordFile)));
    }

    public static Result upgrade(String url, String user, Path passwordFile) {
        return of(ServerSetup.upgrade(new ServerLogin(url, user, passwordFile)));
    }

    /**
     * Lets another server login read and sync a plan, as one of the plan's members (a login that follows it) does;
     * returns false when it could already.
     */
    public static boolean share(String url, String user, Path passwordFile, UUID planId, String login) {
        try (ServerStore server = ServerStore.open(new ServerLogin(url, user, passwordFile))) {
            return server.share(planId, login);
        }
    }

    /** The schema version this JointPlan writes. */
    public static int latestVersion() {
        return ServerSetup.LATEST;
    }

    private static Result of(ServerSetup.Outcome outcome) {
        return new Result(outcome.before(), outcome.after(), outcome.applied());
    }
}
