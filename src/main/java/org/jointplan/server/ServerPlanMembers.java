package org.jointplan.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Who follows which plan on the server (table plan_member, schema version 2): row-level security lets a login reach
 * only its plans. Logins join through the server's own functions, which check the rules: publishing a plan the
 * server lacks makes the publisher its first member; a member may share a plan with another listed login.
 */
final class ServerPlanMembers {
    private ServerPlanMembers() {
    }

    /** In the push's transaction: the plan's revision row, and the login a member if new; false if not its member. */
    static boolean publish(Connection connection, UUID planId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT jointplan.publish_plan(?)")) {
            new ServerParams(st).id(planId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static boolean share(Connection connection, UUID planId, String login) throws SQLException {
        if (login == null || login.isBlank() || login.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ServerException("The login to share the plan with is missing or holds a control character.");
        }
        try (PreparedStatement st = connection.prepareStatement("SELECT jointplan.share_plan(?, ?)")) {
            new ServerParams(st).id(planId).text(login);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static ServerException notAMember() {
        return new ServerException("This plan is on the server, but this login is not one of its members, so"
                + " nothing was pushed; ask one of the plan's members to share it with you.");
    }

    /** The share function's refusals by their SQLSTATE; anything else as any server error. */
    static ServerException explainShare(SQLException e) {
        if ("42501".equals(e.getSQLState())) {
            return new ServerException("Only a member of a plan may share it, and this login is not one of its"
                    + " members on the server.", e);
        }
        if ("P0002".equals(e.getSQLState())) {
            return new ServerException("That login is not listed as a member of the partnership on the server, so"
                    + " the plan was not shared; ask the server's administrator to add it first.", e);
        }
        return ServerErrors.explain(e, "share the plan");
    }
}
