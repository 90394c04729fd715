package vn.dvc.calendar;

import vn.dvc.InvalidInputException;

/**
 * Thrown when a schedule file cannot be read: the message names the line and the field that is
 * wrong and says what was expected. A refused file changes nothing.
 */
public final class ScheduleFormatException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String field;

    ScheduleFormatException(int line, String field, String code, Object... args) {
        super(code, prepend(line, field, args));
        this.line = line;
        this.field = field;
    }

    private static Object[] prepend(int line, String field, Object[] args) {
        Object[] all = new Object[args.length + 2];
        all[0] = line;
        all[1] = field;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    /**
     * The 1-based number of the offending line.
     *
     * @return the line number
     */
    public int line() {
        return line;
    }

    /**
     * The offending field: {@code kind}, {@code year}, {@code date}, {@code reference},
     * {@code name}, {@code nameEn} or {@code file}.
     *
     * @return the field name
     */
    public String field() {
        return field;
    }
}
