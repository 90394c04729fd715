package vn.dvc.examples.cli;

/**
 * A command line that dvc cannot run as written: an unknown command, a wrong number of arguments,
 * a date or a year that does not parse, a range that ends before it starts. {@link DvcCli} prints
 * its message after {@code dvc: } and exits with status {@value DvcCli#EXIT_USAGE}.
 */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what was expected, in English, on one line
     */
    UsageException(String message) {
        super(message);
    }
}
