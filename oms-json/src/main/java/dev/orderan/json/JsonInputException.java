package dev.orderan.json;

import dev.orderan.core.common.OrderanException;
import java.util.Objects;

/**
 * Thrown when a JSON document is not a valid Orderan document of the expected kind: malformed JSON,
 * a missing or unknown field, a value of the wrong JSON type, an unknown event type or revision, or
 * a value the domain refuses (an order id with a space, an unknown currency). Nothing is built from
 * such a document: the reader fails before any object is returned.
 */
public final class JsonInputException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param path where in the document, as a JSON path from the root ({@code $.data.lines[2].quantity})
     * @param problem what is wrong there
     */
    public JsonInputException(String path, String problem) {
        super(path + ": " + problem);
        this.path = Objects.requireNonNull(path, "path");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** Creates the exception with the cause the problem was found by. */
    public JsonInputException(String path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = Objects.requireNonNull(path, "path");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** Where in the document the problem is, as a JSON path from the root, e.g. {@code $.data.lines[2].quantity}. */
    public String path() {
        return path;
    }

    /** What is wrong at that path. */
    public String problem() {
        return problem;
    }
}
