package vn.dvc.id;

import vn.dvc.InvalidInputException;

/**
 * Thrown when an identifier (personal identification number, old ID card number, tax code, mobile
 * number, e-mail address, agency identifier, dossier code) is malformed. The message says what was
 * wrong and what was expected, in English ({@link #getMessage()}) and Vietnamese
 * ({@code message(Messages.VIETNAMESE)}); {@link #code()} (e.g. {@code id.tax.checkDigit}) tells
 * machines which rule failed.
 *
 * <p>Messages about personal data (personal identification numbers, old ID card numbers, mobile
 * numbers, e-mail addresses) never repeat the full value: they name only the offending part, such
 * as a province code or a prefix, so that they can be logged.
 */
public final class InvalidIdentifierException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    InvalidIdentifierException(String code, Object... args) {
        super(code, args);
    }
}
