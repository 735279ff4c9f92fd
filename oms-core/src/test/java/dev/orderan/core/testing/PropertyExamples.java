package dev.orderan.core.testing;

/**
 * How many examples a QuickTheories property checks.
 *
 * <p>A property states its usual count; the system property {@code QT_EXAMPLES}, when set, caps it.
 * The mutation-testing profile sets it (together with {@code QT_SEED}) so that every property runs
 * the same bounded set of examples once per mutant. An explicit {@code withExamples} would otherwise
 * override the value QuickTheories reads from {@code QT_EXAMPLES} itself.
 */
public final class PropertyExamples {

    private PropertyExamples() {
    }

    /**
     * The examples to check.
     *
     * @param usual the count used by an ordinary test run
     * @return {@code usual}, or the smaller {@code QT_EXAMPLES} value when that is set
     */
    public static int examples(int usual) {
        Integer cap = Integer.getInteger("QT_EXAMPLES");
        return cap == null ? usual : Math.max(1, Math.min(usual, cap));
    }
}
