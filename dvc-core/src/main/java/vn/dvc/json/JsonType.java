package vn.dvc.json;

import java.util.Locale;
import vn.dvc.i18n.LocalizedMessage;
import vn.dvc.i18n.Messages;

/**
 * The kinds of JSON value that dvc's format expects or finds, as named in the messages of
 * {@link DvcJsonException} ("expected a whole number, found a string").
 *
 * <p>Each kind explains itself in English and Vietnamese: its {@link #code()} is the message key
 * ({@code json.type.string}, ...) and {@link #message(Locale)} the label, e.g. "a string" or "một
 * chuỗi". Immutable and thread-safe, like every enum.
 */
public enum JsonType implements LocalizedMessage {
    /** A JSON string. */
    STRING("json.type.string"),
    /** A JSON number without fraction or exponent. */
    INTEGER("json.type.integer"),
    /** A JSON number with a fraction or an exponent (only ever found, never expected). */
    DECIMAL("json.type.decimal"),
    /** {@code true} or {@code false}. */
    BOOLEAN("json.type.boolean"),
    /** A JSON string holding an ISO-8601 local date-time, e.g. {@code 2025-01-24T16:10:00}. */
    DATE_TIME("json.type.dateTime"),
    /** A JSON object. */
    OBJECT("json.type.object"),
    /** A JSON array. */
    ARRAY("json.type.array"),
    /** The JSON literal {@code null} (only ever found, never expected). */
    NULL("json.type.null");

    private final String code;

    JsonType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(locale, code);
    }

    /**
     * The English label.
     *
     * @return e.g. "a whole number"
     */
    @Override
    public String toString() {
        return Messages.english(code);
    }
}
