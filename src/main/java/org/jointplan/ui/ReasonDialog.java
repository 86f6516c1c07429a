package org.jointplan.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.jointplan.ui.editor.ReasonPrompt;

/** The question "why?" as a small dialog: a reason is required; Cancel gives none. */
final class ReasonDialog implements ReasonPrompt {

    @Override
    public void ask(Node anchor, String header, String question, Consumer<String> onReason, Runnable onCancel) {
        Window owner = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        SmallForm<String> form = new SmallForm<>(owner, header, question, "Move it", "Cancel");
        TextField reason = form.field("_Reason", new TextField());
        reason.setPrefColumnCount(36);
        form.validate(() -> reason.getText().isBlank() ? Optional.of("Give the reason for the move.")
                : Optional.empty(), reason.textProperty());
        form.result(reason::getText);
        form.dialog().setOnHidden(e -> {
            String given = form.dialog().getResult();
            if (given == null) {
                onCancel.run();
            } else {
                onReason.accept(given);
            }
        });
        form.dialog().show();
    }
}
