package org.jointplan.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.jointplan.service.UserMessages;

/** How a command tells the user how it went: a message box in the window, or a recorder in tests. */
interface Notices {
    void info(String header, String text);

    /** Says in a plain sentence why something was not done. */
    default void error(String header, Throwable failure) {
        info(header, UserMessages.of(failure));
    }

    /** Message boxes owned by {@code owner}. */
    static Notices alerts(Window owner) {
        return new Notices() {
            @Override
            public void info(String header, String text) {
                show(Alert.AlertType.INFORMATION, header, text);
            }

            @Override
            public void error(String header, Throwable failure) {
                show(Alert.AlertType.ERROR, header, UserMessages.of(failure));
            }

            private void show(Alert.AlertType type, String header, String text) {
                Alert alert = new Alert(type, text);
                alert.setHeaderText(header);
                alert.initOwner(owner);
                alert.show();
            }
        };
    }
}
