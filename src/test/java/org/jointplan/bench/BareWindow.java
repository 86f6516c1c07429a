package org.jointplan.bench;

import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline: a bare JavaFX window showing one label, started the way JointPlan is (a plain main class
 * on the class path). Prints the same first-frame line as the application, then quits (unless
 * -Djointplan.reportFirstFrame=stay, for the memory benchmark).
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Separate from the main class, as in JointPlan: the java launcher refuses a main Application class here. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    static void show(Stage stage) {
        Scene scene = new Scene(new Label("JointPlan start-up baseline"), 1440, 900);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long now = System.currentTimeMillis();
            long started = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(now);
            System.out.println(String.format(Locale.ROOT, "JOINTPLAN_FIRST_FRAME uptime_ms=%d epoch_ms=%d",
                    now - started, now));
            System.out.flush();
            if (!"stay".equals(System.getProperty("jointplan.reportFirstFrame"))) {
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.setTitle("Baseline");
        stage.show();
    }
}
