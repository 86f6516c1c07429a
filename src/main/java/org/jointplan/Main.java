package org.jointplan;

import java.io.PrintWriter;
import org.jointplan.cli.JointPlanCommand;
import org.jointplan.ui.WindowLauncher;

/**
 * Starts JointPlan: the window when no command is given, else the command line. A plain class (not the JavaFX
 * Application) so that the jar runs from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = JointPlanCommand.execute(WindowLauncher::launch, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
