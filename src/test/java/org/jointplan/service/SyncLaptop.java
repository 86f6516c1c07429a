package org.jointplan.service;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.server.ServerLogin;
import org.jointplan.server.ServerStore;
import org.jointplan.store.Store;

/** One officer's laptop in the sync tests: its own SQLite store, user and server login. */
final class SyncLaptop implements AutoCloseable {
    final Store store;
    final LocalUser user;
    final ServerLogin login;

    SyncLaptop(Path folder, String name, ServerLogin login) {
        this.store = Store.open(folder.resolve(name + ".sqlite"));
        this.user = new LocalUser("Laptop of " + name, name);
        this.login = login;
    }

    SyncLaptop with(PlanData plan) {
        store.write("the plan", w -> w.savePlan(plan));
        return this;
    }

    PlanData plan(UUID id) {
        return store.load(id).orElseThrow();
    }

    Action action(UUID planId, int index) {
        return plan(planId).actions().stream().sorted(java.util.Comparator.comparing(Action::id)).toList()
                .get(index);
    }

    /** An offline edit of one action, saved as the window saves it. */
    void edit(UUID planId, int index, UnaryOperator<Action.Builder> change) {
        Action action = action(planId, index);
        new PlanSession(store, user, plan(planId)).apply(Change.save("edit", change.apply(action.toBuilder())
                .build()));
    }

    SyncResult sync(UUID planId, MergeService.ConflictPolicy policy) {
        try (ServerStore server = ServerStore.open(login)) {
            return new SyncService(store, user).sync(server, planId, policy);
        }
    }

    SyncResult sync(UUID planId) {
        return sync(planId, MergeService.ConflictPolicy.FAIL);
    }

    /** Lets another officer's login read and sync the plan on the server, as one of its members. */
    void share(UUID planId, String otherLogin) {
        try (ServerStore server = ServerStore.open(login)) {
            server.share(planId, otherLogin);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
