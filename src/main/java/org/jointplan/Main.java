package org.jointplan;

import java.io.PrintWriter;
import org.jointplan.cli.JointPlanCommand;
import org.jointplan.launch.WindowLauncher;
import org.jointplan.service.LaunchRequest;

/**
 * Starts JointPlan: the window when no command is given, else the command line. A plain class (not the JavaFX
 * Application) so that the jar runs from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (JointPlanCommand.isWindowOnlyStart(args)) {
            LaunchRequest request = null;
            try {
                request = JointPlanCommand.windowOnlyRequest(args);
            } catch (RuntimeException e) {
                // the full command line below reports it as one plain sentence
            }
            if (request != null) {
                WindowLauncher.launch(request);
                return;
            }
        }
        int code = JointPlanCommand.execute(WindowLauncher::launch, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
