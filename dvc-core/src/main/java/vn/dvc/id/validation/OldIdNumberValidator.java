package vn.dvc.id.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.dvc.id.OldIdNumber;

/**
 * Checks {@link ValidOldIdNumber}: {@code null} is valid, anything else must parse as a {@link OldIdNumber}.
 * Thread-safe once initialised.
 */
public final class OldIdNumberValidator implements ConstraintValidator<ValidOldIdNumber, CharSequence> {

    /** Creates the validator. */
    public OldIdNumberValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || OldIdNumber.tryParse(value).isPresent();
    }
}
