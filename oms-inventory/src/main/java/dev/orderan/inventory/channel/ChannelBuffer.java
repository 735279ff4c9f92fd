package dev.orderan.inventory.channel;

import java.util.Objects;

/**
 * How much of the available stock a channel may sell.
 *
 * @param channel the channel name, e.g. {@code tokopedia}
 * @param keepBack units held back from the channel (e.g. 2 from marketplaces, against sync lag)
 * @param percent the share of the remaining units published, 1–100, rounded down
 */
public record ChannelBuffer(String channel, long keepBack, int percent) {

    /** Checks the values. */
    public ChannelBuffer {
        Objects.requireNonNull(channel, "channel");
        if (channel.isBlank()) {
            throw new IllegalArgumentException("channel: must not be blank");
        }
        if (keepBack < 0) {
            throw new IllegalArgumentException("keepBack: must not be negative, was " + keepBack);
        }
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent: must be between 1 and 100, was " + percent);
        }
    }

    /** A channel that sees everything available. */
    public static ChannelBuffer full(String channel) {
        return new ChannelBuffer(channel, 0, 100);
    }

    /** A channel that sees everything but {@code units}. */
    public static ChannelBuffer keepBack(String channel, long units) {
        return new ChannelBuffer(channel, units, 100);
    }

    /** The quantity to publish when {@code available} units are available: never below zero. */
    public long publish(long available) {
        long after = Math.max(0, available - keepBack);
        // Rounded down, so a channel is never promised a unit that is not there.
        return Math.multiplyExact(after, percent) / 100;
    }
}
