package dev.orderan.inventory.barcode;

import dev.orderan.core.common.OrderanException;

/** Thrown when a pack is completed while items are missing, in excess, wrong or unknown. */
public final class PackIncompleteException extends OrderanException {

    private static final long serialVersionUID = 1L;

    private final transient PackReport report;

    /** Creates the exception with the report that shows what is wrong. */
    public PackIncompleteException(PackReport report) {
        super("pack is not complete: missing " + report.missing() + ", excess " + report.excess() + ", wrong items "
                + report.wrongItems() + ", unknown codes " + report.unknownCodes());
        this.report = report;
    }

    /** What is wrong with the box. */
    public PackReport report() {
        return report;
    }
}
