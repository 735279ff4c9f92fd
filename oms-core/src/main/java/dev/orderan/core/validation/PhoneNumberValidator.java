package dev.orderan.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IndonesianPhone}. */
public final class PhoneNumberValidator implements ConstraintValidator<IndonesianPhone, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || PhoneNumbers.normalize(value).isPresent();
    }
}
