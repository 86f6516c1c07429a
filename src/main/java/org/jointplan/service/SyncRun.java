package org.jointplan.service;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jointplan.server.ServerException;
import org.jointplan.server.ServerLogin;
import org.jointplan.server.ServerStore;
import org.jointplan.store.Store;

/**
 * The command line's sync: one connection to the server, then each plan in turn with a conflict policy. Without a
 * plan named, every plan the store follows; a plan is published or fetched only when named, since publishing
 * shares it with the partnership and a store holds plans (the shipped sample among them) that are not for sharing.
 */
public final class SyncRun {
    private SyncRun() {
    }

    /**
     * @param planId the plan to sync, publish or fetch; null for every followed plan
     * @param each   told of each plan's result as soon as it is done (a later plan may still fail)
     */
    public static void run(Store store, LocalUser user, String url, String login, Path passwordFile, UUID planId,
                           MergeService.ConflictPolicy policy, Consumer<SyncResult> each) {
        ServerLogin serverLogin = new ServerLogin(url, login, passwordFile);
        List<UUID> plans = planId != null ? List.of(planId) : store.followedPlans();
        if (plans.isEmpty()) {
            throw new ServerException("This store follows no plan on a server yet; name the plan to publish or"
                    + " fetch with --plan ID (list prints each plan's id).");
        }
        try (ServerStore server = ServerStore.open(serverLogin)) {
            SyncService service = new SyncService(store, user);
            for (UUID id : plans) {
                each.accept(service.sync(server, id, policy));
            }
        }
    }
}
