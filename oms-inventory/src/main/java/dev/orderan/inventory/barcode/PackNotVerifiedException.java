package dev.orderan.inventory.barcode;

import dev.orderan.core.common.OrderanException;

/** Thrown when a pack is closed before its scans match the order. Nothing was emitted. */
public final class PackNotVerifiedException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final transient PackReport report;

    /** Creates the exception with the report of what is missing, extra or wrong. */
    public PackNotVerifiedException(PackReport report) {
        super("pack not verified: missing " + report.missing() + ", excess " + report.excess() + ", wrong items "
                + report.wrongItems().size());
        this.report = report;
    }

    /** What is missing, extra or wrong. */
    public PackReport report() {
        return report;
    }
}
