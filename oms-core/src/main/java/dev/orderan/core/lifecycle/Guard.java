package dev.orderan.core.lifecycle;

/**
 * A condition a transition needs besides the current state and the trigger, checked against the
 * context the machine is fired with (for orders, the order itself).
 *
 * @param <C> the context type
 */
@FunctionalInterface
public interface Guard<C> {

    /** True when the transition may happen. */
    boolean test(C context);

    /**
     * Why the guard does not hold for a context, with the figures a caller needs ("paid IDR 100,000
     * of IDR 150,000; IDR 50,000 missing"); empty when there is nothing to add to the guard's name.
     */
    default java.util.Optional<String> explain(C context) {
        return java.util.Optional.empty();
    }

    /** A guard with an explanation of its refusals. */
    static <C> Guard<C> explained(java.util.function.Predicate<C> test,
            java.util.function.Function<C, String> explanation) {
        return new Guard<>() {
            @Override
            public boolean test(C context) {
                return test.test(context);
            }

            @Override
            public java.util.Optional<String> explain(C context) {
                return java.util.Optional.of(explanation.apply(context));
            }
        };
    }
}
