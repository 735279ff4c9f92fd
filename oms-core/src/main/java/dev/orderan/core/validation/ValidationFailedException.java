package dev.orderan.core.validation;

import dev.orderan.core.common.OrderanException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown when a command or value is rejected at a public entry point. Lists every violation, not
 * only the first, each with its field path; nothing was changed by the rejected call.
 */
public final class ValidationFailedException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final transient List<Violation> violations;

    /** Creates the exception for the named subject (e.g. {@code PlaceOrder}) and its violations. */
    public ValidationFailedException(String subject, List<Violation> violations) {
        super(subject + " rejected: " + violations.stream().sorted().map(Violation::toString)
                .collect(Collectors.joining("; ")));
        this.subject = subject;
        this.violations = violations.stream().sorted().toList();
    }

    /** What was validated, e.g. {@code PlaceOrder}. */
    public String subject() {
        return subject;
    }

    /** Every violation, sorted by path. */
    public List<Violation> violations() {
        return violations;
    }

    /** The violation at a path, if any. */
    public Optional<Violation> violationAt(String path) {
        return violations.stream().filter(v -> v.path().equals(path)).findFirst();
    }
}
