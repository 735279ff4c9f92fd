package dev.orderan.inventory.warehouse;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bin (storage slot) in a warehouse, written {@code ZONE-AISLE-SHELF}, e.g. {@code A-03-2}:
 * a zone of letters, an aisle number and a shelf (or slot) number.
 *
 * <p>{@link #PICK_PATH} orders bins the way a picker walks: zone by zone, aisle by aisle, up the
 * odd aisles and down the even ones (an S-shaped route), so no aisle is walked twice.
 *
 * @param zone the zone letters, upper case
 * @param aisle the aisle number, from 1
 * @param shelf the shelf or slot number within the aisle, from 1
 */
public record BinCode(String zone, int aisle, int shelf) {

    private static final Pattern FORMAT = Pattern.compile("([A-Za-z]{1,3})-(\\d{1,3})-(\\d{1,3})");

    /** The order a picker walks the bins in. */
    public static final Comparator<BinCode> PICK_PATH = Comparator.comparing(BinCode::zone)
            .thenComparingInt(BinCode::aisle)
            .thenComparingInt(b -> b.aisle % 2 == 1 ? b.shelf : -b.shelf);

    /** Checks the parts. */
    public BinCode {
        if (zone == null || !zone.matches("[A-Z]{1,3}")) {
            throw new IllegalArgumentException("zone: must be 1 to 3 upper-case letters, was " + zone);
        }
        if (aisle < 1 || shelf < 1) {
            throw new IllegalArgumentException("aisle and shelf: must be at least 1, were " + aisle + " and " + shelf);
        }
    }

    /**
     * Parses {@code ZONE-AISLE-SHELF}.
     *
     * @throws IllegalArgumentException naming the expected format
     */
    public static BinCode parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("bin: must look like A-03-2 (zone-aisle-shelf), was " + text);
        }
        return new BinCode(m.group(1).toUpperCase(java.util.Locale.ROOT), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return zone + "-" + String.format("%02d", aisle) + "-" + shelf;
    }
}
