package org.jointplan.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What a menu item or toolbar button does, in the style of JabRef's commands: the menus only say which command an
 * item runs, and the command can be run and tested without the menus or the window.
 */
@FunctionalInterface
interface Command {
    void execute();

    /** Whether the command can run now; its menu items and buttons are disabled while it cannot. */
    default ObservableBooleanValue executable() {
        return Bindings.createBooleanBinding(() -> true);
    }

    /** A command that can run only while {@code executable} holds. */
    static Command when(ObservableBooleanValue executable, Runnable body) {
        return new Command() {
            @Override
            public void execute() {
                if (executable.get()) {
                    body.run();
                }
            }

            @Override
            public ObservableBooleanValue executable() {
                return executable;
            }
        };
    }
}
