package dev.orderan.analytics;

/**
 * Hears how far a long analytics run has come (fitting thousands of series, scoring every
 * customer). Called from the thread doing the work; an implementation must be quick and must not
 * throw.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (task, done, total) -> { };

    /**
     * Reports progress.
     *
     * @param task  what is running, for example {@code "forecast"}
     * @param done  items finished so far
     * @param total items in the whole run, or {@code -1} when unknown
     */
    void progress(String task, long done, long total);
}
