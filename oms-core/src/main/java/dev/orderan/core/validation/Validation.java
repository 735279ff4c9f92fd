package dev.orderan.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks commands and values with the Jakarta Validation annotations on them, through the
 * {@link Validator} the host injects, and turns the result into one {@link ValidationFailedException}.
 * Holds no global state: each service gets its validator from its builder (see {@link Validators}).
 */
public final class Validation {

    private final Validator validator;

    private Validation(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Validation through the given validator. */
    public static Validation with(Validator validator) {
        return new Validation(validator);
    }

    /** The violations of an object's constraints, as {@link Violation}s sorted by path. */
    public List<Violation> violationsOf(Object value) {
        if (value == null) {
            return List.of(new Violation("", "NotNull", "must not be null"));
        }
        Set<ConstraintViolation<Object>> found = validator.validate(value);
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
        return raw.indexOf('<') < 0 ? raw : raw.replaceAll("\\.?<[a-z ]+>", "");
    }

    /**
     * Checks an object plus extra violations found by hand (cross-field rules), and throws if there
     * are any.
     *
     * @throws ValidationFailedException listing every violation
     */
    public <T> T requireValid(T value, List<Violation> extra) {
        List<Violation> all = new ArrayList<>(violationsOf(value));
        all.addAll(extra);
        return Validation.requireNone(value, all);
    }

    /**
     * Throws if there are violations of a value checked by hand.
     *
     * @throws ValidationFailedException listing every violation
     */
    public static <T> T requireNone(T value, List<Violation> violations) {
        if (!violations.isEmpty()) {
            String subject = value == null ? "value" : value.getClass().getSimpleName();
            throw new ValidationFailedException(subject, violations.stream().distinct().toList());
        }
        return value;
    }

    /** A one-violation {@link ValidationFailedException} for an entry point checked by hand. */
    public static ValidationFailedException failure(String subject, String path, String rule, String message) {
        return new ValidationFailedException(subject, List.of(new Violation(path, rule, message)));
    }
}
