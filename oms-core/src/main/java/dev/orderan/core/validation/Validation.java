package dev.orderan.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates commands and values with Jakarta Validation annotations and turns the result into
 * one {@link ValidationFailedException}. Thread-safe; the validator is built once.
 */
public final class Validation {

    private static final class Holder {
        static {
            // Hibernate Validator logs through JBoss Logging, which falls back to java.util.logging;
            // route it to SLF4J like the rest of Orderan unless the host chose a provider itself.
            if (System.getProperty("org.jboss.logging.provider") == null) {
                System.setProperty("org.jboss.logging.provider", "slf4j");
            }
        }

        private static final ValidatorFactory FACTORY = jakarta.validation.Validation.buildDefaultValidatorFactory();
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }

    private Validation() {
    }

    /** The shared validator. */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

    /** The violations of an object's constraints, as {@link Violation}s sorted by path. */
    public static List<Violation> violationsOf(Object value) {
        if (value == null) {
            return List.of(new Violation("", "NotNull", "must not be null"));
        }
        Set<ConstraintViolation<Object>> found = validator().validate(value);
        List<Violation> result = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            result.add(new Violation(path(v.getPropertyPath().toString()),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()));
        }
        result.sort(null);
        return result;
    }

    /** Drops Hibernate Validator's container-element markers: {@code discounts[0].<list element>} → {@code discounts[0]}. */
    private static String path(String raw) {
        return raw.replaceAll("\\.?<[a-z ]+>", "");
    }

    /**
     * Checks an object and throws if any constraint is broken.
     *
     * @throws ValidationFailedException listing every violation
     */
    public static <T> T requireValid(T value) {
        return requireValid(value, List.of());
    }

    /**
     * Checks an object plus extra violations found by hand (cross-field rules), and throws if there
     * are any.
     *
     * @throws ValidationFailedException listing every violation
     */
    public static <T> T requireValid(T value, List<Violation> extra) {
        List<Violation> all = new ArrayList<>(violationsOf(value));
        all.addAll(extra);
        if (!all.isEmpty()) {
            String subject = value == null ? "value" : value.getClass().getSimpleName();
            throw new ValidationFailedException(subject, all);
        }
        return value;
    }
}
