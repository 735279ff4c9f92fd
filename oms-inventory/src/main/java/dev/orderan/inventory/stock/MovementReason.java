package dev.orderan.inventory.stock;

/** Why on-hand stock changed. Every movement in the ledger carries one. */
public enum MovementReason {
    /** Goods received from a supplier or production. */
    RECEIPT,
    /** A reservation was committed at shipment: the goods left the building sold. */
    SALE,
    /** Returned goods put back into sellable stock. */
    RETURN_RESTOCK,
    /** Goods found damaged and written off. */
    DAMAGE,
    /** A manual correction. */
    ADJUSTMENT,
    /** Goods sent to another location. */
    TRANSFER_OUT,
    /** Goods arrived from another location. */
    TRANSFER_IN,
    /** The difference found by an approved stock take (stock opname). */
    STOCK_TAKE_VARIANCE;

    /** True when movements with this reason may only increase on-hand stock. */
    public boolean onlyIncreases() {
        return this == RECEIPT || this == RETURN_RESTOCK || this == TRANSFER_IN;
    }

    /** True when movements with this reason may only decrease on-hand stock. */
    public boolean onlyDecreases() {
        return this == SALE || this == DAMAGE || this == TRANSFER_OUT;
    }
}
