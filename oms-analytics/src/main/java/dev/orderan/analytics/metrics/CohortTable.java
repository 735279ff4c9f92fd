package dev.orderan.analytics.metrics;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Retention by monthly cohort: customers grouped by the month of their first sale; for each later
 * month, how many of them bought again that month.
 *
 * @param rows one row per cohort, oldest first
 */
public record CohortTable(List<Row> rows) {

    /** Copies the rows. */
    public CohortTable {
        rows = List.copyOf(rows);
    }

    /**
     * One cohort.
     *
     * @param cohort the month of the customers' first sale
     * @param customerIds the cohort's customers
     * @param cells month 0 (the cohort month), 1, 2… up to the last month of the scope
     */
    public record Row(YearMonth cohort, List<String> customerIds, List<Cell> cells) {
        /** Checks presence and copies. */
        public Row {
            Objects.requireNonNull(cohort, "cohort");
            customerIds = List.copyOf(customerIds);
            cells = List.copyOf(cells);
        }

        /** The cohort's size. */
        public int size() {
            return customerIds.size();
        }
    }

    /**
     * One month of one cohort.
     *
     * @param monthsSinceFirst months since the cohort month (0 = the cohort month)
     * @param activeCustomers customers of the cohort with a sale in that month
     * @param cohortSize the cohort's size
     * @param orderIds the sales of those customers in that month
     */
    public record Cell(int monthsSinceFirst, int activeCustomers, int cohortSize, List<String> orderIds) {
        /** Checks ranges and copies. */
        public Cell {
            if (monthsSinceFirst < 0 || activeCustomers < 0 || activeCustomers > cohortSize) {
                throw new IllegalArgumentException("cell: need 0 ≤ activeCustomers ≤ cohortSize and months ≥ 0");
            }
            orderIds = List.copyOf(orderIds);
        }

        /** activeCustomers / cohortSize, empty for an empty cohort. */
        public OptionalDouble retention() {
            return cohortSize == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) activeCustomers / cohortSize);
        }
    }
}
