package vn.dvc.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import vn.dvc.i18n.LocalizedMessage;
import vn.dvc.i18n.Messages;

/**
 * Thrown when a date lies outside the range for which a calendar has data: never answered with a
 * guess such as "weekends only".
 */
public final class CalendarRangeException extends DateTimeException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;

    /** Machine-readable code of this failure. */
    public static final String CODE = "calendar.outOfRange";

    private final String value;
    private final LocalDate first;
    private final LocalDate last;

    /**
     * Creates the exception.
     *
     * @param value the value that was asked for, as text
     * @param first the first date with data
     * @param last the last date with data
     */
    public CalendarRangeException(String value, LocalDate first, LocalDate last) {
        super(Messages.english(CODE, value, first, last));
        this.value = value;
        this.first = first;
        this.last = last;
    }

    /**
     * The first date of the supported range.
     *
     * @return the first date with data
     */
    public LocalDate first() {
        return first;
    }

    /**
     * The last date of the supported range.
     *
     * @return the last date with data
     */
    public LocalDate last() {
        return last;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(locale, CODE, value, first, last);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
