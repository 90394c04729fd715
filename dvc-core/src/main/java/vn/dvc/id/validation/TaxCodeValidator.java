package vn.dvc.id.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.dvc.id.TaxCode;

/**
 * Checks {@link ValidTaxCode}: {@code null} is valid, anything else must parse as a {@link TaxCode}.
 * Thread-safe once initialised.
 */
public final class TaxCodeValidator implements ConstraintValidator<ValidTaxCode, CharSequence> {

    private boolean allowBranch = true;

    /** Creates the validator. */
    public TaxCodeValidator() {
    }

    @Override
    public void initialize(ValidTaxCode constraint) {
        allowBranch = constraint.allowBranch();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || TaxCode.tryParse(value).filter(c -> allowBranch || !c.isBranch()).isPresent();
    }
}
