package vn.dvc.id.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link CharSequence} must be a tax code (mã số thuế) with a correct check digit, as accepted by {@link vn.dvc.id.TaxCode#parse(CharSequence)}.
 * {@code null} is valid (combine with {@code @NotNull} to require a value).
 *
 * <p>The message is {@code {vn.dvc.id.validation.ValidTaxCode.message}}, in English and Vietnamese in
 * {@code ValidationMessages[_vi].properties}.
 */
@Documented
@Constraint(validatedBy = TaxCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface ValidTaxCode {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{vn.dvc.id.validation.ValidTaxCode.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Whether the code of a dependent unit ({@code NNNNNNNNNN-NNN}) is accepted.
     *
     * @return {@code true} (the default) to accept it, {@code false} to require 10 digits
     */
    boolean allowBranch() default true;
}
