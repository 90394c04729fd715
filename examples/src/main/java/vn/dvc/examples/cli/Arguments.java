package vn.dvc.examples.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Checks and parses the arguments of the commands, turning every mistake into a
 * {@link UsageException} with a message that says what was expected.
 */
final class Arguments {

    private Arguments() {
    }

    /**
     * Requires an exact number of arguments.
     *
     * @param command the command name, e.g. {@code holidays}
     * @param args the arguments after the command name
     * @param names the names of the expected arguments, e.g. {@code "FROM", "TO"}
     * @throws UsageException if there are more or fewer arguments than names
     */
    static void expect(String command, List<String> args, String... names) throws UsageException {
        if (args.size() != names.length && names.length == 0) {
            throw new UsageException(String.format("%s takes no arguments, got %d; see 'dvc help'",
                    command, args.size()));
        }
        if (args.size() != names.length) {
            throw new UsageException(String.format("%s expects %d argument%s (%s), got %d; see 'dvc help'",
                    command, names.length, names.length == 1 ? "" : "s", String.join(" ", names), args.size()));
        }
    }

    /**
     * Parses an ISO date such as {@code 2025-01-29}.
     *
     * @param what what the date is, for the message, e.g. {@code FROM}
     * @param text the text given
     * @return the date
     * @throws UsageException if the text is not a valid ISO date
     */
    static LocalDate date(String what, String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(String.format("%s '%s' is not a valid date: expected yyyy-MM-dd, e.g. 2025-01-29",
                    what, printable(text)));
        }
    }

    /**
     * Parses an ISO date-time such as {@code 2025-01-24T16:10} (seconds are optional).
     *
     * @param what what the date-time is, for the message, e.g. {@code --received}
     * @param text the text given
     * @return the date-time
     * @throws UsageException if the text is not a valid ISO date-time
     */
    static LocalDateTime dateTime(String what, String text) throws UsageException {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(String.format("%s '%s' is not a valid date-time: expected yyyy-MM-ddTHH:mm,"
                    + " e.g. 2025-01-24T16:10", what, printable(text)));
        }
    }

    /**
     * Parses an ISO time of day such as {@code 15:00} (seconds are optional).
     *
     * @param what what the time is, for the message, e.g. {@code --cutoff}
     * @param text the text given
     * @return the time
     * @throws UsageException if the text is not a valid ISO time
     */
    static LocalTime time(String what, String text) throws UsageException {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(String.format("%s '%s' is not a valid time: expected HH:mm, e.g. 15:00",
                    what, printable(text)));
        }
    }

    /**
     * Parses a year such as {@code 2025}.
     *
     * @param text the text given
     * @return the year
     * @throws UsageException if the text is not a whole number
     */
    static int year(String text) throws UsageException {
        if (text.matches("[0-9]{1,9}")) {
            return Integer.parseInt(text);
        }
        throw new UsageException(String.format("YEAR '%s' is not a year: expected a number such as 2025",
                printable(text)));
    }

    /**
     * Requires {@code from} not to be after {@code to}.
     *
     * @param from the first date
     * @param to the last (or end) date
     * @throws UsageException if {@code from} is after {@code to}
     */
    static void ordered(LocalDate from, LocalDate to) throws UsageException {
        if (from.isAfter(to)) {
            throw new UsageException(String.format("FROM %s is after TO %s: expected FROM not after TO", from, to));
        }
    }

    /**
     * Makes user input safe to echo on one line: control characters become {@code ?} and very long
     * text is cut.
     *
     * @param text the text given
     * @return the text to show
     */
    static String printable(String text) {
        String s = text.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
