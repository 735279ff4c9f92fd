package dev.orderan.core.order;

import java.util.Objects;
import java.util.Optional;

/**
 * The personal data of an order, kept apart from its immutable event log so it can be erased: the
 * customer's name, e-mail, phone and addresses, the placement's notes and who received the
 * delivery. Stores keep it with the order's state; {@link OrderService#erasePersonalData} replaces
 * it with {@link #erased(Customer)}. {@link #toString()} masks it.
 *
 * @param customer the customer as given at placement
 * @param notes notes given at placement, may be empty
 * @param receivedBy who received the delivery, once delivered
 * @param erased true after erasure
 */
public record OrderPersonalData(Customer customer, String notes, Optional<String> receivedBy, boolean erased) {

    /** The text that stands in for an erased value. */
    public static final String ERASED = "[erased]";

    /** Checks that nothing is missing. */
    public OrderPersonalData {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(receivedBy, "receivedBy");
    }

    /** The personal data of a new order. */
    public static OrderPersonalData of(Customer customer, String notes) {
        return new OrderPersonalData(customer, notes, Optional.empty(), false);
    }

    /**
     * What is left after erasure: the customer id and the coarse area (postal code, city, province)
     * of both addresses; every other field reads {@link #ERASED}.
     */
    public static OrderPersonalData erased(Customer customer) {
        return new OrderPersonalData(new Customer(customer.id(), ERASED, ERASED, ERASED,
                eraseAddress(customer.shippingAddress()), eraseAddress(customer.billingAddress())), ERASED,
                Optional.empty(), true);
    }

    private static Address eraseAddress(Address a) {
        return new Address(ERASED, ERASED, ERASED, a.city(), a.province(), a.postalCode(), "");
    }

    /** The same data with the recipient of the delivery. */
    public OrderPersonalData withReceivedBy(String name) {
        return new OrderPersonalData(customer, notes, Optional.of(name), erased);
    }

    /** Masked: the customer's own masking, no notes, no recipient. */
    @Override
    public String toString() {
        return "OrderPersonalData[customer=" + customer + ", notes=***, receivedBy=" + (receivedBy.isPresent() ? "***" : "-")
                + ", erased=" + erased + "]";
    }
}
