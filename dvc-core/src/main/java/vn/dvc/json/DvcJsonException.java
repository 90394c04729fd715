package vn.dvc.json;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.dvc.InvalidInputException;
import vn.dvc.i18n.LocalizedMessage;
import vn.dvc.i18n.Messages;

/**
 * Thrown when JSON cannot be read as a dvc value (or, rarely, a value cannot be written): the
 * message says where ({@link #path()}, a JSONPath such as {@code $.events[3].data.form}, or a line
 * and column for text that is not JSON at all) and what was expected, in English
 * ({@link #getMessage()}) and Vietnamese ({@link #message(Locale)} with
 * {@link Messages#VIETNAMESE}). The {@link #code()} names the failure for machines:
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>failure</th></tr>
 *   <tr><td>{@code json.empty}, {@code json.malformed}, {@code json.trailing}</td><td>no JSON, not JSON,
 *       something after the document</td></tr>
 *   <tr><td>{@code json.notUtf8}</td><td>bytes that are not well-formed UTF-8 (byte input only)</td></tr>
 *   <tr><td>{@code json.tooLong}, {@code json.tooManyBytes}, {@code json.tooDeep}, {@code json.stringTooLong},
 *       {@code json.limit}</td><td>a limit of {@link DvcJson} exceeded</td></tr>
 *   <tr><td>{@code json.schemaVersionMissing}, {@code json.schemaVersionUnsupported}</td><td>no or an unknown
 *       {@code schemaVersion}</td></tr>
 *   <tr><td>{@code json.unknownField}, {@code json.missingField}, {@code json.wrongType}, {@code json.null},
 *       {@code json.outOfRange}</td><td>the document's shape</td></tr>
 *   <tr><td>{@code json.dateTime}, {@code json.badEnum}, {@code json.unknownEventType},
 *       {@code json.unknownFormType}, {@code json.formNotAllowed}</td><td>a value's text</td></tr>
 *   <tr><td>{@code json.invalid}</td><td>the value is refused by the domain type (its exception is the
 *       {@linkplain #getCause() cause})</td></tr>
 *   <tr><td>{@code json.writeNull}</td><td>writing: a domain value holds a {@code null}</td></tr>
 * </table>
 *
 * <p>Nothing is built when it is thrown: reading is all or nothing.
 */
public final class DvcJsonException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /** Where the failure is, as a JSONPath. */
    private final String path;
    private final transient Object[] values;

    DvcJsonException(String code, JsonPath path, Object... args) {
        this(code, path.toString(), args);
    }

    DvcJsonException(String code, String path, Object... args) {
        this(code, withPath(Objects.requireNonNull(path, "path"), args));
    }

    private DvcJsonException(String code, Object[] values) {
        super(code, localized(values, Locale.ROOT));
        this.path = (String) values[0];
        this.values = values;
        for (Object a : values) {
            if (a instanceof Throwable t) {
                initCause(t);
                break;
            }
        }
    }

    private static Object[] withPath(String path, Object[] args) {
        Object[] values = new Object[args.length + 1];
        values[0] = path;
        System.arraycopy(args, 0, values, 1, args.length);
        return values;
    }

    private static Object[] localized(Object[] args, Locale locale) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalizedMessage m) {
                out[i] = m.message(locale);
            }
        }
        return out;
    }

    /**
     * Where in the document the failure is, as a JSONPath: {@code $} for the document itself
     * (text that is not JSON, a missing schema version), {@code $.dossier.limit.amount} for a
     * field, {@code $.events[2]} for an array element.
     *
     * @return the path, never empty
     */
    public String path() {
        return path;
    }

    /**
     * The values the message names, in order: the {@linkplain #path() path} first, then, e.g., a
     * {@link JsonType} or a wrapped domain exception where the message names an expected kind or
     * the domain's reason (rendered in the reader's language).
     *
     * @return an unmodifiable list of the arguments
     */
    @Override
    public List<Object> args() {
        return Collections.unmodifiableList(Arrays.asList(values == null ? new Object[0] : values));
    }

    @Override
    public String message(Locale locale) {
        Object[] args = values == null ? new Object[0] : values;
        return Messages.format(locale, code(), localized(args, locale));
    }
}
