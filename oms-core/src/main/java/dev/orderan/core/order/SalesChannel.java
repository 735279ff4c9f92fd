package dev.orderan.core.order;

/** Where an order came from. */
public enum SalesChannel {
    /** The seller's own web shop. */
    WEB,
    /** The seller's own mobile app. */
    APP,
    /** Taken over the phone. */
    PHONE,
    /** Taken by e-mail or chat (WhatsApp, say). */
    MESSAGE,
    /** Taken in person, in a shop or at an event. */
    IN_PERSON,
    /** Tokopedia marketplace. */
    TOKOPEDIA,
    /** Shopee marketplace. */
    SHOPEE,
    /** TikTok Shop marketplace. */
    TIKTOK_SHOP,
    /** Lazada marketplace. */
    LAZADA,
    /** A B2B portal or a sales representative. */
    B2B_PORTAL,
    /** Created by a subscription renewal. */
    SUBSCRIPTION_RENEWAL,
    /** Anything else. */
    OTHER
}
