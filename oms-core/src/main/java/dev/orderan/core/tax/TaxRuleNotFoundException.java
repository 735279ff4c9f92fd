package dev.orderan.core.tax;

import dev.orderan.core.common.OrderanException;

/** Thrown when a tax engine has no rule for a category, destination or date. */
public final class TaxRuleNotFoundException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final String engine;
    private final TaxCategory category;
    private final transient TaxContext context;

    /** Creates the exception naming the engine, the category and the context that had no rule. */
    public TaxRuleNotFoundException(String engine, TaxCategory category, TaxContext context, String why) {
        super(engine + ": no tax rule for " + category + " on " + context.date()
                + context.destination().map(d -> " to " + d).orElse("") + ": " + why);
        this.engine = engine;
        this.category = category;
        this.context = context;
    }

    /** The engine's name. */
    public String engine() {
        return engine;
    }

    /** The category that had no rule. */
    public TaxCategory category() {
        return category;
    }

    /** The context that had no rule. */
    public TaxContext context() {
        return context;
    }
}
