package vn.dvc.dossier;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.dvc.i18n.LocalizedMessage;
import vn.dvc.i18n.Messages;

/**
 * Why a command was refused: a machine-readable code and its arguments, with the texts in
 * Vietnamese and English.
 *
 * @param code the message key, e.g. {@code dossier.wrongState}
 * @param args the values the message names
 */
public record Refusal(String code, List<Object> args) implements LocalizedMessage {

    /**
     * Checks the values.
     */
    public Refusal {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /**
     * A refusal.
     *
     * @param code the message key
     * @param args its arguments
     * @return the refusal
     */
    public static Refusal of(String code, Object... args) {
        return new Refusal(code, List.of(args));
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(locale, code, args.toArray());
    }

    /**
     * The English text.
     *
     * @return the message in English
     */
    public String english() {
        return message(Locale.ROOT);
    }
}
