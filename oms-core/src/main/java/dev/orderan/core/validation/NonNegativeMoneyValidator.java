package dev.orderan.core.validation;

import dev.orderan.core.money.Money;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonNegative} on {@link Money}. */
public final class NonNegativeMoneyValidator implements ConstraintValidator<NonNegative, Money> {

    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
        return value == null || !value.isNegative();
    }
}
