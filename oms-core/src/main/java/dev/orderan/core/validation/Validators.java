package dev.orderan.core.validation;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Builds a Jakarta {@link Validator} from the provider on the class path (Hibernate Validator by
 * default). Building one takes tens of milliseconds, so build it once per application and give it to
 * every service builder; services never build one behind the host's back except when none is given.
 */
public final class Validators {

    private Validators() {
    }

    /** A new validator from the default provider. */
    public static Validator createDefault() {
        ValidatorFactory factory = jakarta.validation.Validation.buildDefaultValidatorFactory();
        return factory.getValidator();
    }
}
