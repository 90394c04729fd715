package vn.dvc.i18n;

import java.util.Locale;

/**
 * Something that explains itself in Vietnamese and English: an exception, a refusal, a report line.
 *
 * <p>{@link #code()} is stable and meant for machines (log queries, API clients); the text is meant
 * for people and may be reworded between releases.
 */
public interface LocalizedMessage {

    /**
     * The machine-readable code, e.g. {@code calendar.outOfRange}.
     *
     * @return the code, never blank
     */
    String code();

    /**
     * The human-readable text in the given language.
     *
     * @param locale {@link Messages#VIETNAMESE} for Vietnamese; any other locale gives English
     * @return the text
     */
    String message(Locale locale);
}
