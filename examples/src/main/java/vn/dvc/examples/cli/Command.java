package vn.dvc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * One command of the {@code dvc} tool. A command checks all its arguments and computes all its
 * answers before it writes anything, so that a failure leaves standard output empty.
 */
interface Command {

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @param in standard input
     * @param out standard output
     * @throws UsageException if the arguments are malformed (exit status 2)
     * @throws IOException if reading or writing fails
     * @throws java.time.DateTimeException and other {@link vn.dvc.i18n.LocalizedMessage} exceptions
     *     if dvc refuses valid arguments, e.g. a date outside its range (exit status 1)
     */
    void run(List<String> args, InputStream in, PrintStream out) throws UsageException, IOException;
}
