package org.jointplan.ui.sync;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Stage;
import org.jointplan.domain.Difference;
import org.jointplan.service.LocalUser;
import org.jointplan.service.SyncResult;
import org.jointplan.service.WindowSync;
import org.jointplan.ui.merge.MergeReviewWindow;
import org.jointplan.ui.model.PlanViewModel;

/**
 * File > Sync with server…: asks where and as whom (and the password once a session), then, in the background,
 * reads the server and merges: changes to different fields merge by themselves; when both sides changed the same
 * thing, the review window opens and the user chooses (never the clock); then the local changes are pushed. The
 * status bar's text says how the plan stands ({@link #statusProperty()}).
 */
public final class SyncCommand {
    private final Stage owner;
    private final PlanViewModel model;
    private final WindowSync sync;
    private final Supplier<LocalUser> user;
    private final BiConsumer<String, String> notice;
    private final SessionPassword password;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not synced");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Optional<WindowSync.Address> remembered = Optional.empty();

    /** @param notice shows a header and one plain sentence (how the sync went, or why it did not) */
    public SyncCommand(Stage owner, PlanViewModel model, WindowSync sync, Supplier<LocalUser> user,
                       BiConsumer<String, String> notice, SessionPassword password) {
        this.owner = owner;
        this.model = model;
        this.sync = sync;
        this.user = user;
        this.notice = notice;
        this.password = password;
        model.background(sync::remembered, found -> remembered = found, message -> { });
        refreshStatus();
        model.planProperty().addListener((obs, was, now) -> refreshStatus());
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void run() {
        run("");
    }

    private void run(String problem) {
        if (busy.get()) {
            return;
        }
        new SyncDialog(owner, remembered, !password.isKept(), problem).show(request -> {
            request.password().ifPresent(password::keep);
            remembered = Optional.of(request.address());
            start(request.address());
        });
    }

    private void start(WindowSync.Address address) {
        char[] typed = password.copy().orElseThrow();
        busy.set(true);
        status.set("Syncing with the server…");
        AtomicReference<WindowSync.Prepared> prepared = new AtomicReference<>();
        model.withSession(session -> {
            try {
                prepared.set(sync.prepare(session, address, typed));
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, () -> review(prepared.get()), message -> failed(message));
    }

    /** Conflicts go to the review window; otherwise the round finishes at once. */
    private void review(WindowSync.Prepared prepared) {
        var proposal = prepared.round().proposal();
        if (proposal.isEmpty() || prepared.round().conflicts().isEmpty()) {
            finish(prepared);
            return;
        }
        MergeReviewWindow window = new MergeReviewWindow(owner, model, proposal.get(),
                (session, accepted) -> said(sync.finish(session, prepared, accepted)),
                outcome -> Platform.runLater(() -> done(outcome))); // called on the store thread
        window.onClosedUnapplied(() -> model.background(() -> {
            sync.cancel(prepared);
            return null;
        }, none -> {
            busy.set(false);
            refreshStatus();
        }, message -> busy.set(false)));
        window.show();
    }

    /** Without conflicts, every change of the server's is taken: it changed what nobody here did. */
    private void finish(WindowSync.Prepared prepared) {
        AtomicReference<String> outcome = new AtomicReference<>();
        model.withSession(session -> outcome.set(said(sync.finish(session, prepared, d -> !d.isConflict()))),
                () -> done(outcome.get()), this::failed);
    }

    private void done(String outcome) {
        busy.set(false);
        refreshStatus();
        notice.accept("Synced with the server", outcome);
    }

    private void failed(String message) {
        busy.set(false);
        refreshStatus();
        if (message.startsWith("The server refused the login")) {
            password.clear(); // asked again at once, with the reason
            run(message);
            return;
        }
        notice.accept("The plan was not synced", message);
    }

    private void refreshStatus() {
        if (busy.get()) {
            return;
        }
        var planId = model.plan().id();
        model.background(() -> sync.status(planId, user.get()),
                found -> {
                    if (!busy.get()) {
                        status.set(SyncStatusText.of(found, ZoneId.systemDefault(), LocalDate.now()));
                    }
                }, message -> { });
    }

    /** One plain sentence for what the sync did. */
    static String said(SyncResult result) {
        return SyncOutcomeText.of(result);
    }
}
