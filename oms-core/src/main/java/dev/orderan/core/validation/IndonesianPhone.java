package dev.orderan.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The string is a phone number that {@link PhoneNumbers#normalize(String)} accepts: an Indonesian
 * number in any usual notation ({@code 0812…}, {@code +62 812…}, {@code 62812…}) or an E.164
 * number of another country. {@code null} is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IndonesianPhone {

    /** The message. */
    String message() default "must be a phone number such as 0812-3456-7890 or +62 812 3456 7890";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
