package vn.dvc;

import java.util.Locale;
import java.util.Objects;
import vn.dvc.i18n.LocalizedMessage;
import vn.dvc.i18n.Messages;

/**
 * Thrown when an argument given to dvc is malformed or contradicts itself: the message says what
 * was wrong and what was expected, in English ({@link #getMessage()}) and Vietnamese
 * ({@link #message(Locale)}). Nothing is changed when it is thrown.
 */
public class InvalidInputException extends IllegalArgumentException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] args;

    /**
     * Creates the exception from a message key and its arguments.
     *
     * @param code the message key in the {@code vn.dvc.i18n.messages} bundle, also the machine code
     * @param args the values for the message's placeholders
     */
    public InvalidInputException(String code, Object... args) {
        super(Messages.english(Objects.requireNonNull(code, "code"), args));
        this.code = code;
        this.args = args.clone();
    }

    /**
     * The values the message names, in order.
     *
     * @return an unmodifiable list of the arguments
     */
    public java.util.List<Object> args() {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(args == null ? new Object[0] : args));
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
