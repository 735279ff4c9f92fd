package dev.orderan.analytics.forecast;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Looks forecasting methods up by their command-line names. */
public final class Forecasters {

    /** Every method name {@link #byName(String)} knows, besides {@code ets-<model>} (e.g. {@code ets-MAdM}). */
    public static final List<String> NAMES = List.of("auto", "auto-lowest", "ets", "theta", "damped", "comb", "croston", "sba", "tsb",
            "naive", "snaive", "mean");

    private Forecasters() {
    }

    /**
     * The method with the given name: {@code auto}, {@code auto-lowest}, {@code ets}, {@code theta}, {@code damped},
     * {@code comb}, {@code croston}, {@code sba}, {@code tsb}, {@code naive}, {@code snaive},
     * {@code mean}, or {@code ets-<model>} for one ETS model such as {@code ets-AAdN}.
     */
    public static Optional<Forecaster> byName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (n) {
            case "auto" -> AutoForecaster.forecaster();
            case "auto-lowest" -> AutoForecaster.lowestBacktestError();
            case "ets" -> Ets.forecaster();
            case "theta" -> Theta.forecaster();
            case "damped" -> DampedTrend.forecaster();
            case "comb" -> Combination.forecaster();
            case "croston" -> Intermittent.croston();
            case "sba" -> Intermittent.sba();
            case "tsb" -> Intermittent.tsb();
            case "naive" -> Baselines.naive();
            case "snaive" -> Baselines.seasonalNaive();
            case "mean" -> Baselines.mean();
            default -> etsModel(n);
        });
    }

    private static Forecaster etsModel(String n) {
        if (!n.startsWith("ets-")) {
            return null;
        }
        try {
            return Ets.forecaster(EtsModel.parse(n.substring(4)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
