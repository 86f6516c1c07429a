package org.jointplan.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The administrator's commands: {@code server init} sets JointPlan up in an empty database, {@code server upgrade}
 * brings an existing set-up to this version's schema. Both need a login that may create schemas and roles.
 */
public final class ServerSetup {
    /** The schema version this JointPlan writes. */
    public static final int LATEST = ServerMigrations.LATEST;

    private ServerSetup() {
    }

    /** What a set-up or upgrade did: the schema version before and after, and the versions applied. */
    public record Outcome(int before, int after, List<Integer> applied) {
    }

    public static Outcome init(ServerLogin login) {
        return run(login, true);
    }

    public static Outcome upgrade(ServerLogin login) {
        return run(login, false);
    }

    private static Outcome run(ServerLogin login, boolean init) {
        String doing = init ? "set up the server" : "upgrade the server";
        try (Connection connection = login.connect(doing)) {
            int before = ServerMigrations.version(connection);
            ServerMigrations.refuseNewer(before);
            if (init && before > 0) {
                return new Outcome(before, before, List.of());
            }
            if (!init && before == 0) {
                throw new ServerException("JointPlan was never set up in this database, so there is nothing to"
                        + " upgrade; run server init first.");
            }
            List<Integer> applied = ServerMigrations.migrate(connection);
            return new Outcome(before, ServerMigrations.version(connection), applied);
        } catch (SQLException e) {
            throw ServerErrors.explain(e, doing);
        }
    }
}
