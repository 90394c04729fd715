package vn.dvc.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Looks up the bilingual texts of dvc's exception and report messages.
 *
 * <p>Texts live in the resource bundle {@code vn.dvc.i18n.messages}: English in the base file,
 * Vietnamese (tiếng Việt) in {@code messages_vi}. Any other locale falls back to English, never to
 * the JVM's default locale, so a server in another country still logs readable text.
 *
 * <p>Thread-safe: {@link ResourceBundle} caches the bundles.
 */
public final class Messages {

    /** Vietnamese, the language of the regulations and of the people who file dossiers. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String BUNDLE = "vn.dvc.i18n.messages";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * Formats the message {@code key} in {@code locale} with {@link MessageFormat}.
     *
     * @param locale the language wanted; English where dvc has no text in it
     * @param key the message key, e.g. {@code calendar.outOfRange}
     * @param args the values for the placeholders {@code {0}}, {@code {1}}, ...
     * @return the formatted text
     * @throws MissingResourceException if no text exists for {@code key}: a defect in dvc
     */
    public static String format(Locale locale, String key, Object... args) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(key, "key");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                NO_DEFAULT_LOCALE_FALLBACK);
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, bundle.getLocale().getLanguage().isEmpty() ? Locale.ROOT : locale)
                .format(args);
    }

    /**
     * Formats the message {@code key} in English.
     *
     * @param key the message key
     * @param args the values for the placeholders
     * @return the English text
     */
    public static String english(String key, Object... args) {
        return format(Locale.ROOT, key, args);
    }
}
