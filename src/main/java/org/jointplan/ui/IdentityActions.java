package org.jointplan.ui;

import java.util.List;
import java.util.function.Consumer;
import org.jointplan.domain.Partner;
import org.jointplan.service.LocalUser;
import org.jointplan.ui.PreferencesWindow.Identity;

/** Edit > Preferences… and the question at start: who the user is, saved in the store and stamped from then on. */
final class IdentityActions {
    private final OpenPlan open;
    private final Consumer<LocalUser> changed;

    /** @param changed told of the new name and organisation once saved, so that plans opened next are stamped so */
    IdentityActions(OpenPlan open, Consumer<LocalUser> changed) {
        this.open = open;
        this.changed = changed;
    }

    /** At start: asks who the user is while their name or organisation is not set. */
    void askIfUnset() {
        open.model().background(() -> LocalUser.isSet(open.workspace().store()) ? null : saved(), current -> {
            if (current != null) {
                PreferencesWindow.firstStart(open.owner(), current, partners()).show(this::save);
            }
        }, message -> { });
    }

    void preferences() {
        open.model().background(this::saved, current ->
                PreferencesWindow.edit(open.owner(), current, partners()).show(this::save),
                message -> open.notices().info("Your preferences could not be read", message));
    }

    private Identity saved() {
        var store = open.workspace().store();
        return new Identity(LocalUser.savedName(store).orElse(""), LocalUser.savedOrganisation(store).orElse(""));
    }

    private List<String> partners() {
        return open.model().plan().partners().stream().map(Partner::name).toList();
    }

    private void save(Identity identity) {
        open.model().withSession(session -> session.changeUser(identity.name(), identity.organisation()),
                () -> changed.accept(new LocalUser(identity.organisation(), identity.name())),
                message -> open.notices().info("Your name and organisation were not saved", message));
    }
}
