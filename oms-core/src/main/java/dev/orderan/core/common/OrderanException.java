package dev.orderan.core.common;

/** The base of every exception Orderan throws for a failed operation. */
public class OrderanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says what failed and why. */
    public OrderanException(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public OrderanException(String message, Throwable cause) {
        super(message, cause);
    }
}
