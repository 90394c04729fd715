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
 * The annotated {@link CharSequence} must be a personal identification number (số định danh cá nhân), as accepted by {@link vn.dvc.id.PersonalId#parse(CharSequence)}.
 * {@code null} is valid (combine with {@code @NotNull} to require a value).
 *
 * <p>The message is {@code {vn.dvc.id.validation.ValidPersonalId.message}}, in English and Vietnamese in
 * {@code ValidationMessages[_vi].properties}.
 */
@Documented
@Constraint(validatedBy = PersonalIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface ValidPersonalId {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{vn.dvc.id.validation.ValidPersonalId.message}";

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
