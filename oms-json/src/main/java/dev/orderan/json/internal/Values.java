package dev.orderan.json.internal;

import dev.orderan.core.common.CustomerId;
import dev.orderan.core.common.Sku;
import dev.orderan.core.order.Address;
import dev.orderan.core.order.Customer;
import dev.orderan.core.order.OrderLine;
import dev.orderan.core.order.OrderPersonalData;
import dev.orderan.core.order.PaymentTerms;
import dev.orderan.core.order.ServiceDetails;
import dev.orderan.core.order.ServiceLevel;
import dev.orderan.core.order.ShippingMethod;
import dev.orderan.core.pricing.UnitRef;
import dev.orderan.core.tax.TaxCategory;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of the value objects that snapshots and commands share: lines, customers, addresses. */
public final class Values {

    private Values() {
    }

    /** Writes an order line. */
    public static ObjectNode line(OrderLine l) {
        ObjectNode o = Out.object();
        o.put("sku", l.sku().value());
        o.put("productName", l.productName());
        o.put("description", l.description());
        o.put("quantity", l.quantity());
        Out.money(o, "unitPrice", l.unitPrice());
        Out.money(o, "discount", l.discount());
        o.put("taxCategory", l.taxCategory().name());
        Out.text(o, "category", l.category());
        if (l.service().isPresent()) {
            ServiceDetails s = l.service().get();
            ObjectNode so = o.putObject("service");
            so.put("serviceType", s.serviceType());
            so.put("duration", s.duration().toString());
            so.put("specification", s.specification());
        } else {
            o.putNull("service");
        }
        return o;
    }

    /** Reads an order line. */
    public static OrderLine line(In l) {
        return new OrderLine(l.value("sku", Sku::of), l.text("productName"), l.text("description"),
                l.longValue("quantity"), l.money("unitPrice"), l.money("discount"),
                l.enumValue("taxCategory", TaxCategory.class), l.optionalText("category"),
                l.optionalObject("service", s -> new ServiceDetails(s.text("serviceType"), s.duration("duration"),
                        s.text("specification"))));
    }

    /** Writes order lines. */
    public static void lines(ObjectNode o, String field, List<OrderLine> lines) {
        ArrayNode a = o.putArray(field);
        lines.forEach(l -> a.add(line(l)));
    }

    /** Writes a shipping method. */
    public static ObjectNode shipping(ShippingMethod s) {
        ObjectNode o = Out.object();
        o.put("courier", s.courier());
        o.put("serviceLevel", s.serviceLevel().name());
        o.put("etaDays", s.etaDays());
        Out.money(o, "fee", s.fee());
        return o;
    }

    /** Reads a shipping method. */
    public static ShippingMethod shipping(In s) {
        return new ShippingMethod(s.text("courier"), s.enumValue("serviceLevel", ServiceLevel.class),
                s.intValue("etaDays"), s.money("fee"));
    }

    /** Writes payment terms, or {@code null}. */
    public static void paymentTerms(ObjectNode o, String field, java.util.Optional<PaymentTerms> terms) {
        if (terms.isPresent()) {
            o.putObject(field).put("netDays", terms.get().netDays());
        } else {
            o.putNull(field);
        }
    }

    /** Reads payment terms. */
    public static PaymentTerms paymentTerms(In t) {
        return new PaymentTerms(t.intValue("netDays"));
    }

    /** Writes a unit reference. */
    public static ObjectNode unit(UnitRef u) {
        ObjectNode o = Out.object();
        o.put("lineIndex", u.lineIndex());
        o.put("unitIndex", u.unitIndex());
        return o;
    }

    /** Reads a unit reference. */
    public static UnitRef unit(In u) {
        return new UnitRef(u.intValue("lineIndex"), u.longValue("unitIndex"));
    }

    /** Writes an address. */
    public static ObjectNode address(Address a) {
        ObjectNode o = Out.object();
        o.put("street", a.street());
        o.put("village", a.village());
        o.put("district", a.district());
        o.put("city", a.city());
        o.put("province", a.province());
        o.put("postalCode", a.postalCode());
        o.put("notes", a.notes());
        return o;
    }

    /** Reads an address. */
    public static Address address(In a) {
        return new Address(a.text("street"), a.text("village"), a.text("district"), a.text("city"),
                a.text("province"), a.text("postalCode"), a.text("notes"));
    }

    /** Writes a customer. */
    public static ObjectNode customer(Customer c) {
        ObjectNode o = Out.object();
        o.put("id", c.id().value());
        o.put("name", c.name());
        o.put("email", c.email());
        o.put("phone", c.phone());
        o.set("shippingAddress", address(c.shippingAddress()));
        o.set("billingAddress", address(c.billingAddress()));
        return o;
    }

    /** Reads a customer. */
    public static Customer customer(In c) {
        return new Customer(c.value("id", CustomerId::of), c.text("name"), c.text("email"), c.text("phone"),
                c.object("shippingAddress", Values::address), c.object("billingAddress", Values::address));
    }

    /** Writes an order's personal data. */
    public static ObjectNode personalData(OrderPersonalData p) {
        ObjectNode o = Out.object();
        o.set("customer", customer(p.customer()));
        o.put("notes", p.notes());
        Out.text(o, "receivedBy", p.receivedBy());
        o.put("erased", p.erased());
        return o;
    }

    /** Reads an order's personal data. */
    public static OrderPersonalData personalData(In p) {
        return new OrderPersonalData(p.object("customer", Values::customer), p.text("notes"),
                p.optionalText("receivedBy"), p.bool("erased"));
    }
}
