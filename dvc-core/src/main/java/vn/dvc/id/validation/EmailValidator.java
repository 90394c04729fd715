package vn.dvc.id.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.dvc.id.EmailAddress;

/**
 * Checks {@link ValidEmail}: {@code null} is valid, anything else must parse as a {@link EmailAddress}.
 * Thread-safe once initialised.
 */
public final class EmailValidator implements ConstraintValidator<ValidEmail, CharSequence> {

    /** Creates the validator. */
    public EmailValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || EmailAddress.tryParse(value).isPresent();
    }
}
