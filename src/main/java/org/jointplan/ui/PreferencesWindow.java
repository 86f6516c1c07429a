package org.jointplan.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.jointplan.service.LocalUser;

/**
 * Your name and organisation, stamped on every change, package and exchange: asked at the first start (and at
 * every start until they are set) and edited under Edit > Preferences. The organisation is chosen from the plan's
 * partners or typed.
 */
public final class PreferencesWindow {
    /** Who the user says they are, as typed. */
    public record Identity(String name, String organisation) {
    }

    private final SmallForm<Identity> form;
    private final TextField name = new TextField();
    private final ComboBox<String> organisation = new ComboBox<>();

    private PreferencesWindow(Window owner, String title, String explanation, String cancel, Identity current,
                              List<String> partners) {
        form = new SmallForm<>(owner, title, explanation, "Save", cancel);
        form.field("Your _name", name).setText(current.name());
        organisation.setEditable(true);
        organisation.getItems().setAll(partners);
        organisation.getEditor().setText(current.organisation());
        organisation.setPromptText("Choose a partner or type your organisation");
        form.field("Your _organisation", organisation);
        form.validate(this::problem, name.textProperty(), organisation.getEditor().textProperty());
        form.result(() -> new Identity(name.getText().strip(), organisation.getEditor().getText().strip()));
    }

    /** Edit > Preferences…: your name and organisation as they are, to change. */
    public static PreferencesWindow edit(Window owner, Identity current, List<String> partners) {
        return new PreferencesWindow(owner, "Preferences", "Your name and organisation are stamped on every change"
                + " you make and on every package you send, so that partners can see who changed what.", "Cancel",
                current, partners);
    }

    /** The first start: who is working here. Skipping it is allowed; it is asked again at the next start. */
    public static PreferencesWindow firstStart(Window owner, Identity current, List<String> partners) {
        return new PreferencesWindow(owner, "Who are you?", "Partners see your name and organisation on every change"
                + " you make and every package you send. You can change them later under Edit > Preferences.",
                "Not now", current, partners);
    }

    private Optional<String> problem() {
        return LocalUser.problem(name.getText(), "Your name")
                .or(() -> LocalUser.problem(organisation.getEditor().getText(), "Your organisation"));
    }

    public void show(Consumer<Identity> onSave) {
        form.show(onSave);
    }

    SmallForm<Identity> form() {
        return form;
    }
}
