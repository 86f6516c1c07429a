package org.jointplan.ui;

import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/** Makes menu items and toolbar buttons from a {@link StandardActions} entry and the {@link Command} it runs. */
final class ActionFactory {
    private ActionFactory() {
    }

    static MenuItem menuItem(StandardActions action, Command command) {
        return configure(new MenuItem(), action, command);
    }

    /** Fills in any kind of menu item (a radio item too): label, accelerator, command, and when it is disabled. */
    static <T extends MenuItem> T configure(T item, StandardActions action, Command command) {
        item.setText(action.text());
        item.setMnemonicParsing(true);
        action.accelerator().ifPresent(item::setAccelerator);
        item.setOnAction(e -> command.execute());
        item.disableProperty().bind(javafx.beans.binding.Bindings.not(command.executable()));
        return item;
    }

    /** A toolbar button with its own short label; its tooltip is the action's description. */
    static Button button(String text, StandardActions action, Command command) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(action.description()));
        button.setAccessibleText(action.description());
        button.setOnAction(e -> command.execute());
        button.disableProperty().bind(javafx.beans.binding.Bindings.not(command.executable()));
        return button;
    }
}
