package org.jointplan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jointplan.domain.Partner;
import org.jointplan.service.Recipients;

/**
 * In the export flow: who the package is for, ticked among the plan's partners or typed, recorded in the exchange
 * history. Naming nobody is allowed.
 */
final class RecipientsDialog {
    private RecipientsDialog() {
    }

    /** The organisations chosen (perhaps none); empty when the export is cancelled. */
    static Optional<List<String>> ask(Window owner, List<Partner> partners) {
        SmallForm<List<String>> form = new SmallForm<>(owner, "Send the package to",
                "Who is this package for? It is recorded in File > Exchange history.", "Next", "Cancel");
        VBox ticks = new VBox(6);
        List<CheckBox> boxes = new ArrayList<>();
        for (Partner partner : partners) {
            CheckBox box = new CheckBox(partner.name());
            box.setMnemonicParsing(false);
            boxes.add(box);
        }
        ticks.getChildren().addAll(boxes);
        form.row(ticks);
        TextField others = form.field("_Other organisations", new TextField());
        others.setPromptText("Typed, separated by commas");
        List<Observable> inputs = new ArrayList<>(boxes.stream().map(CheckBox::selectedProperty).toList());
        inputs.add(others.textProperty());
        form.validate(() -> Recipients.problem(List.of(others.getText())).filter(p -> !others.getText().isBlank()),
                inputs.toArray(Observable[]::new));
        form.result(() -> {
            List<String> chosen = new ArrayList<>(boxes.stream().filter(CheckBox::isSelected).map(CheckBox::getText)
                    .toList());
            chosen.add(others.getText());
            return Recipients.parse(chosen);
        });
        // Enter confirms here as in every small form; a focused check box would otherwise swallow it
        form.dialog().getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && key.getTarget() instanceof CheckBox
                    && !form.confirmButton().isDisabled()) {
                key.consume();
                form.confirmButton().fire();
            }
        });
        if (!boxes.isEmpty()) {
            // later: the dialog gives its default button the focus once shown, and Space would then press Next
            form.dialog().setOnShown(e -> Platform.runLater(boxes.get(0)::requestFocus));
        }
        return form.showAndWait();
    }
}
