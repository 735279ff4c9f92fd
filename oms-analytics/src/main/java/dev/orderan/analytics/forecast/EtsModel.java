package dev.orderan.analytics.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The form of an exponential smoothing state-space model in the taxonomy of Hyndman et al.
 * (2008): error, trend and season, written {@code ETS(M,Ad,M)} or in short {@code MAdM}.
 * Multiplicative trends are not offered (they forecast poorly and are excluded by default in the
 * reference implementation too), nor are additive errors with a multiplicative season (their
 * likelihood is numerically unstable).
 *
 * @param error additive or multiplicative errors
 * @param trend none, additive or additive damped
 * @param season none, additive or multiplicative
 */
public record EtsModel(Error error, Trend trend, Season season) {

    /** The error term. */
    public enum Error {
        /** Additive errors: y = forecast + e. */
        ADDITIVE("A"),
        /** Multiplicative errors: y = forecast (1 + e); needs positive data. */
        MULTIPLICATIVE("M");

        private final String code;

        Error(String code) {
            this.code = code;
        }
    }

    /** The trend component. */
    public enum Trend {
        /** No trend. */
        NONE("N"),
        /** A linear trend. */
        ADDITIVE("A"),
        /** A linear trend damped towards a flat line by phi. */
        DAMPED("Ad");

        private final String code;

        Trend(String code) {
            this.code = code;
        }
    }

    /** The seasonal component. */
    public enum Season {
        /** No season. */
        NONE("N"),
        /** Seasonal effects added to the level. */
        ADDITIVE("A"),
        /** Seasonal effects proportional to the level; needs positive data. */
        MULTIPLICATIVE("M");

        private final String code;

        Season(String code) {
            this.code = code;
        }
    }

    /** Checks the form is one this library fits. */
    public EtsModel {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(season, "season");
        if (error == Error.ADDITIVE && season == Season.MULTIPLICATIVE) {
            throw new IllegalArgumentException("ETS(A,*,M) is not supported: use multiplicative errors with a "
                    + "multiplicative season");
        }
    }

    /**
     * Parses the short form {@code ANN}, {@code AAdA}, {@code MAM}, ... or the long form
     * {@code ETS(M,Ad,M)}.
     *
     * @throws IllegalArgumentException naming the text when it is not a supported form
     */
    public static EtsModel parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.trim().toUpperCase(Locale.ROOT).replace("ETS(", "").replace(")", "").replace(",", "");
        s = s.replace("AD", "D");
        if (s.length() != 3) {
            throw new IllegalArgumentException("not an ETS model: '" + text + "' (expected e.g. ANN, AAdN, MAM)");
        }
        Error e = switch (s.charAt(0)) {
            case 'A' -> Error.ADDITIVE;
            case 'M' -> Error.MULTIPLICATIVE;
            default -> throw new IllegalArgumentException("not an ETS error type in '" + text + "'");
        };
        Trend t = switch (s.charAt(1)) {
            case 'N' -> Trend.NONE;
            case 'A' -> Trend.ADDITIVE;
            case 'D' -> Trend.DAMPED;
            default -> throw new IllegalArgumentException("not an ETS trend type in '" + text + "'");
        };
        Season z = switch (s.charAt(2)) {
            case 'N' -> Season.NONE;
            case 'A' -> Season.ADDITIVE;
            case 'M' -> Season.MULTIPLICATIVE;
            default -> throw new IllegalArgumentException("not an ETS season type in '" + text + "'");
        };
        return new EtsModel(e, t, z);
    }

    /** Every supported form, in the order the automatic selection tries them. */
    public static List<EtsModel> all() {
        List<EtsModel> out = new ArrayList<>();
        for (Error e : Error.values()) {
            for (Trend t : Trend.values()) {
                for (Season z : Season.values()) {
                    if (!(e == Error.ADDITIVE && z == Season.MULTIPLICATIVE)) {
                        out.add(new EtsModel(e, t, z));
                    }
                }
            }
        }
        return out;
    }

    /** True with a seasonal component. */
    public boolean seasonal() {
        return season != Season.NONE;
    }

    /** True when the model needs strictly positive data. */
    public boolean needsPositiveData() {
        return error == Error.MULTIPLICATIVE || season == Season.MULTIPLICATIVE;
    }

    /** The short form, e.g. {@code MAdM}. */
    public String code() {
        return error.code + trend.code + season.code;
    }

    /** The long form, e.g. {@code ETS(M,Ad,M)}. */
    @Override
    public String toString() {
        return "ETS(" + error.code + "," + trend.code + "," + season.code + ")";
    }
}
