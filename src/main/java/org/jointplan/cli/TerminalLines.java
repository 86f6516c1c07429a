package org.jointplan.cli;

import java.io.PrintWriter;
import java.io.Writer;
import org.jointplan.domain.Text;

/**
 * Where the command line prints its lines: each line is made {@linkplain Text#printable printable}, so that text
 * from a package, a store or an argument can neither start a new line nor send the terminal an escape sequence.
 * Only whole lines are cleaned; picocli's help, printed as one block with its own line breaks, passes through.
 */
final class TerminalLines extends PrintWriter {
    TerminalLines(Writer out) {
        super(out);
    }

    @Override
    public void println(String line) {
        super.println(Text.printable(line));
    }

    @Override
    public void println(Object line) {
        println(String.valueOf(line));
    }
}
