package dev.orderan.core.money;

import java.util.Currency;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyContext;
import javax.money.CurrencyContextBuilder;
import javax.money.CurrencyUnit;

/**
 * ISO 4217 currencies as {@link CurrencyUnit}s backed by {@link java.util.Currency}, without
 * starting Moneta's service loading: Orderan never touches global money state at class load. Every
 * {@link Money} holds one of these units, so amounts built from any {@code CurrencyUnit} with the
 * same code compare equal.
 */
public final class Currencies {

    private static final CurrencyContext CONTEXT = CurrencyContextBuilder.of("java.util.Currency").build();
    private static final ConcurrentHashMap<String, Unit> UNITS = new ConcurrentHashMap<>();

    /** Indonesian rupiah. */
    public static final CurrencyUnit IDR = of("IDR");
    /** US dollar. */
    public static final CurrencyUnit USD = of("USD");
    /** Euro. */
    public static final CurrencyUnit EUR = of("EUR");

    private Currencies() {
    }

    /**
     * The currency with an ISO 4217 code.
     *
     * @throws IllegalArgumentException if the code is not an ISO 4217 currency known to the JDK
     */
    public static CurrencyUnit of(String code) {
        Objects.requireNonNull(code, "currency code");
        Unit u = UNITS.get(code);
        if (u != null) {
            return u;
        }
        Currency jdk;
        try {
            jdk = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency: '" + code + "' is not an ISO 4217 currency code", e);
        }
        return UNITS.computeIfAbsent(code, c -> new Unit(jdk));
    }

    /** The unit with the same code as {@code unit} (itself when it is already one of these). */
    public static CurrencyUnit canonical(CurrencyUnit unit) {
        if (unit instanceof Unit) {
            return unit;
        }
        return of(Objects.requireNonNull(unit, "currency").getCurrencyCode());
    }

    private static final class Unit implements CurrencyUnit, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private final String code;
        private final int numeric;
        private final int digits;

        Unit(Currency jdk) {
            this.code = jdk.getCurrencyCode();
            this.numeric = jdk.getNumericCode();
            this.digits = jdk.getDefaultFractionDigits();
        }

        @Override
        public String getCurrencyCode() {
            return code;
        }

        @Override
        public int getNumericCode() {
            return numeric;
        }

        @Override
        public int getDefaultFractionDigits() {
            return digits;
        }

        @Override
        public CurrencyContext getContext() {
            return CONTEXT;
        }

        @Override
        public int compareTo(CurrencyUnit o) {
            return code.compareTo(o.getCurrencyCode());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CurrencyUnit c && code.equals(c.getCurrencyCode());
        }

        @Override
        public int hashCode() {
            return code.hashCode();
        }

        @Override
        public String toString() {
            return code;
        }
    }
}
