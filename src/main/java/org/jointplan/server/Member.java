package org.jointplan.server;

/** A server login's person and organisation (table jointplan.member): what its pushes are stamped with. */
public record Member(String loginRole, String person, String organisation) {
}
