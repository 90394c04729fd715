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
 * The annotated {@link CharSequence} must be an old identity card number (số chứng minh nhân dân, 9 or 12 digits), as accepted by {@link vn.dvc.id.OldIdNumber#parse(CharSequence)}.
 * {@code null} is valid (combine with {@code @NotNull} to require a value).
 *
 * <p>The message is {@code {vn.dvc.id.validation.ValidOldIdNumber.message}}, in English and Vietnamese in
 * {@code ValidationMessages[_vi].properties}.
 */
@Documented
@Constraint(validatedBy = OldIdNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface ValidOldIdNumber {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{vn.dvc.id.validation.ValidOldIdNumber.message}";

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
}
