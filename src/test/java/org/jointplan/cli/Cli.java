package org.jointplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line as a user would, with a window that never opens, and keeps what it printed. */
final class Cli {
    private Cli() {
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JointPlanCommand.execute(request -> { }, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
