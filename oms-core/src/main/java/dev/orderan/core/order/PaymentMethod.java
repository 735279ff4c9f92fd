package dev.orderan.core.order;

/** How the customer pays. Card numbers are never part of an order. */
public enum PaymentMethod {
    /** Bank transfer to a virtual account. */
    VIRTUAL_ACCOUNT,
    /** Manual bank transfer to the seller's account, confirmed by hand. */
    BANK_TRANSFER,
    /** Credit or debit card through a gateway (tokenised; no card data here). */
    CARD,
    /** E-wallet: OVO, GoPay, DANA, ShopeePay. */
    E_WALLET,
    /** QRIS, the Indonesian standard QR code. */
    QRIS,
    /** PayLater / cardless credit: Kredivo, Akulaku. */
    PAYLATER,
    /** Convenience store counter: Indomaret, Alfamart. */
    CONVENIENCE_STORE,
    /** Cash on delivery, collected by the courier. */
    COD,
    /** B2B invoice on payment terms. */
    INVOICE,
    /** Paid through the marketplace; the marketplace settles with the seller. */
    MARKETPLACE
}
