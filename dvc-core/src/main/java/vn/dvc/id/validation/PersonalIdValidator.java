package vn.dvc.id.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.dvc.id.PersonalId;

/**
 * Checks {@link ValidPersonalId}: {@code null} is valid, anything else must parse as a {@link PersonalId}.
 * Thread-safe once initialised.
 */
public final class PersonalIdValidator implements ConstraintValidator<ValidPersonalId, CharSequence> {

    /** Creates the validator. */
    public PersonalIdValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || PersonalId.tryParse(value).isPresent();
    }
}
