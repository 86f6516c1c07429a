package org.jointplan.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jointplan.domain.AuditEntry;
import org.jointplan.domain.Difference;
import org.jointplan.server.ServerLogin;
import org.jointplan.server.ServerStore;
import org.jointplan.store.Store;

/**
 * The window's sync of the open plan, on top of {@link SyncService}: the server's address and login remembered in
 * the store's settings (never the password, which the window keeps in memory for the session), the round held open
 * between its two phases while the user reviews conflicts, and the server's audit as kept locally, for the history.
 * Every method runs on the one background thread.
 */
public final class WindowSync {
    static final String SERVER = "sync.server";
    static final String LOGIN = "sync.login";

    private final Store store;

    public WindowSync(Store store) {
        this.store = store;
    }

    /** Where the window syncs and as whom: the address (jdbc:postgresql://…) and the server login's name. */
    public record Address(String server, String login) {
        public Address {
            server = server == null ? "" : server.strip();
            login = login == null ? "" : login.strip();
        }
    }

    /** The first phase done: the round to review, with its server connection held until finish or cancel. */
    public static final class Prepared {
        private final SyncRound round;
        private final ServerStore server;

        private Prepared(SyncRound round, ServerStore server) {
            this.round = round;
            this.server = server;
        }

        public SyncRound round() {
            return round;
        }
    }

    /** The address last synced with, if any. */
    public Optional<Address> remembered() {
        Optional<String> server = store.setting(SERVER);
        return server.map(s -> new Address(s, store.setting(LOGIN).orElse("")));
    }

    /**
     * Connects (the password is used for this connection only and not kept) and reads the plan on both sides; the
     * address is remembered once the server has answered.
     */
    public Prepared prepare(PlanSession session, Address address, char[] password) {
        ServerStore server = ServerStore.open(ServerLogin.typed(address.server(), address.login(), password));
        try {
            store.saveSetting(SERVER, address.server());
            store.saveSetting(LOGIN, address.login());
            return new Prepared(new SyncService(session).prepare(server, session.plan().id()), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Takes the accepted differences, pushes, records the base and the server's new audit entries; closes. */
    public SyncResult finish(PlanSession session, Prepared prepared, Predicate<Difference> accepted) {
        try {
            return new SyncService(session).finish(prepared.round, accepted); // keeps the server's audit too
        } finally {
            prepared.server.close();
        }
    }

    /** The review was cancelled: nothing changed on either side. */
    public void cancel(Prepared prepared) {
        prepared.server.close();
    }

    /** Where the plan stands with its server, as saved in the store; empty when this store does not follow it. */
    public Optional<SyncStatus> status(UUID planId, LocalUser user) {
        return new SyncService(store, user).status(planId);
    }

    /** The server's audit of the plan as kept at the last sync, newest first. */
    public List<AuditEntry> audit(UUID planId) {
        return store.syncAudit(planId);
    }
}
