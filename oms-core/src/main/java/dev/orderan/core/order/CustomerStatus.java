package dev.orderan.core.order;

import java.util.Locale;

/**
 * The status a customer sees, in the words Indonesian shops use. Several internal
 * {@link OrderStatus}es map to one customer status.
 */
public enum CustomerStatus {
    /** Waiting for the customer's payment. */
    MENUNGGU_PEMBAYARAN("Menunggu Pembayaran", "Awaiting payment"),
    /** The order was accepted by the seller. */
    DITERIMA("Diterima", "Accepted"),
    /** The seller is working on the order. */
    DIPROSES("Diproses", "Processing"),
    /** The order is packed and ready to hand over. */
    DIKEMAS("Dikemas", "Packed"),
    /** The order is with the courier or has just arrived. */
    DIKIRIM("Dikirim", "Shipped"),
    /** The order is complete. */
    SELESAI("Selesai", "Completed"),
    /** The order was cancelled. */
    DIBATALKAN("Dibatalkan", "Cancelled"),
    /** The order came back (return or failed delivery). */
    DIKEMBALIKAN("Dikembalikan", "Returned");

    private final String indonesian;
    private final String english;

    CustomerStatus(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    /** The Indonesian label, e.g. {@code Menunggu Pembayaran}. */
    public String indonesian() {
        return indonesian;
    }

    /** The English label, e.g. {@code Awaiting payment}. */
    public String english() {
        return english;
    }

    /** The label for a locale: Indonesian for {@code id}, English otherwise. */
    public String label(Locale locale) {
        return "id".equals(locale.getLanguage()) ? indonesian : english;
    }
}
