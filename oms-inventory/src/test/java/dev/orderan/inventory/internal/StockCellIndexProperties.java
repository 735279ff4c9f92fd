package dev.orderan.inventory.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.orderan.core.common.LocationId;
import dev.orderan.core.common.Sku;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cell's movement and idempotency indexes (first number in a field, later ones in an array) behave
 * like plain lists under any sequence of appends and roll-backs of the latest number.
 */
class StockCellIndexProperties {

    @Test
    void indexesAgreeWithAListUnderAppendsAndRollbacks() {
        // An operation is an append of the next number (even) or a roll-back of the latest one (odd).
        qt().withExamples(500).forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 40)).checkAssert(ops -> {
            StockCell cell = new StockCell(Sku.of("S"), LocationId.of("L"));
            List<Long> moves = new ArrayList<>();
            List<Long> idem = new ArrayList<>();
            long next = 1;
            for (int op : ops) {
                if (op % 2 == 0) {
                    cell.indexMovement(next);
                    moves.add(next);
                    if (op == 2) {
                        cell.indexIdempotent(next);
                        idem.add(next);
                    }
                    next++;
                } else {
                    long latest = next - 1;
                    cell.unindexMovement(latest);
                    if (!moves.isEmpty() && moves.get(moves.size() - 1) == latest) {
                        moves.remove(moves.size() - 1);
                    }
                    cell.unindexIdempotent(latest);
                    if (!idem.isEmpty() && idem.get(idem.size() - 1) == latest) {
                        idem.remove(idem.size() - 1);
                    }
                }
            }
            assertArrayEquals(moves.stream().mapToLong(Long::longValue).toArray(), cell.movementSequences());
            List<Long> newestFirst = new ArrayList<>(idem);
            java.util.Collections.reverse(newestFirst);
            assertArrayEquals(newestFirst.stream().mapToLong(Long::longValue).toArray(), cell.idempotentSequences());
        });
    }
}
