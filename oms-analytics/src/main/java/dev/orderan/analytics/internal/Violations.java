package dev.orderan.analytics.internal;

import dev.orderan.core.validation.ValidationFailedException;
import dev.orderan.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects the broken rules of one call's input and throws them together, as the core does. */
public final class Violations {

    private final String subject;
    private final List<Violation> list = new ArrayList<>();

    /** A collector for the named subject, e.g. {@code "BgNbd.fit"}. */
    public Violations(String subject) {
        this.subject = subject;
    }

    /** Records a broken rule when {@code ok} is false; returns {@code ok}. */
    public boolean check(boolean ok, String path, String rule, String message) {
        if (!ok) {
            list.add(new Violation(path, rule, message));
        }
        return ok;
    }

    /** Records a broken rule. */
    public void add(String path, String rule, String message) {
        list.add(new Violation(path, rule, message));
    }

    /** True when nothing was recorded. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws {@link ValidationFailedException} listing every recorded rule, if any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ValidationFailedException(subject, List.copyOf(list));
        }
    }
}
