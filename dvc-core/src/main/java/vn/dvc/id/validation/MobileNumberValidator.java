package vn.dvc.id.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.dvc.id.MobileNumber;

/**
 * Checks {@link ValidMobileNumber}: {@code null} is valid, anything else must parse as a {@link MobileNumber}.
 * Thread-safe once initialised.
 */
public final class MobileNumberValidator implements ConstraintValidator<ValidMobileNumber, CharSequence> {

    /** Creates the validator. */
    public MobileNumberValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || MobileNumber.tryParse(value).isPresent();
    }
}
