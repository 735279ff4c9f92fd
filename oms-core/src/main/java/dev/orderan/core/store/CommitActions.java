package dev.orderan.core.store;

import java.util.List;

/**
 * For store adapters: runs the actions registered to follow a commit. Every action runs even when
 * an earlier one throws; the first failure is rethrown with the later ones attached as suppressed
 * exceptions, so a failing action neither hides the others nor is lost.
 */
public final class CommitActions {

    private CommitActions() {
    }

    /** Runs every action in order; rethrows the first failure once all have run. */
    public static void runAll(List<? extends Runnable> actions) {
        RuntimeException first = null;
        for (int i = 0; i < actions.size(); i++) {
            try {
                actions.get(i).run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
