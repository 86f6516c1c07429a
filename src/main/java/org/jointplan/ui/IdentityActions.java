package org.jointplan.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.jointplan.domain.Partner;
import org.jointplan.service.LocalUser;
import org.jointplan.ui.settings.PreferencesWindow;
import org.jointplan.ui.settings.PreferencesWindow.Identity;

/** Edit > Preferences… and the question at start: who the user is, saved in the store and stamped from then on. */
final class IdentityActions {
    private final Stage stage;
    private final MainWindow window;

    IdentityActions(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
    }

    /** At start: asks who the user is while their name or organisation is not set. */
    void askIfUnset() {
        window.model().background(() -> LocalUser.isSet(window.workspace().store()) ? null
                : saved(), current -> {
                    if (current != null) {
                        PreferencesWindow.firstStart(stage, current, partners()).show(this::save);
                    }
                }, message -> { });
    }

    void preferences() {
        window.model().background(this::saved, current ->
                PreferencesWindow.edit(stage, current, partners()).show(this::save),
                message -> info("Your preferences could not be read", message));
    }

    private Identity saved() {
        var store = window.workspace().store();
        return new Identity(LocalUser.savedName(store).orElse(""), LocalUser.savedOrganisation(store).orElse(""));
    }

    private List<String> partners() {
        return window.model().plan().partners().stream().map(Partner::name).toList();
    }

    private void save(Identity identity) {
        window.model().withSession(session -> session.changeUser(identity.name(), identity.organisation()),
                () -> window.userChanged(new LocalUser(identity.organisation(), identity.name())),
                message -> info("Your name and organisation were not saved", message));
    }

    private void info(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }
}
