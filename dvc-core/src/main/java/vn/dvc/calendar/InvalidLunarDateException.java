package vn.dvc.calendar;

import java.time.DateTimeException;
import java.util.Locale;
import vn.dvc.i18n.LocalizedMessage;
import vn.dvc.i18n.Messages;

/**
 * Thrown when a lunar date does not exist: month 13, day 31, day 30 of a 29-day month, a leap
 * month in a year that has none, or text that is not a lunar date.
 */
public final class InvalidLunarDateException extends DateTimeException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] args;

    InvalidLunarDateException(String code, Object... args) {
        super(Messages.english(code, args));
        this.code = code;
        this.args = args.clone();
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(locale, code, args);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
