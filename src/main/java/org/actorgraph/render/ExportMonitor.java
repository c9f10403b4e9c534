package org.actorgraph.render;

import java.util.concurrent.CancellationException;
import org.actorgraph.io.CancellationToken;

/**
 * Watches a long export: it is told how far the painting and writing have got, as a fraction of
 * the whole export, and asked at the same points whether the user has given up waiting. An export
 * that sees it cancelled stops with a {@link CancellationException} before its file is moved into
 * place, so an existing file is left as it was.
 *
 * <p>Called on the thread that exports; an implementation that updates a window hands the values
 * over to that window's thread itself. Writers report through {@link #part} and {@link #count}, so
 * that each phase fills its own share of the bar and fractions only rise.
 */
public interface ExportMonitor extends CancellationToken {

    /** A monitor that never cancels and ignores progress. */
    ExportMonitor NONE = of(CancellationToken.NONE, (fraction, message) -> { });

    /**
     * Reports progress.
     *
     * @param fraction how much of the export is done, 0 to 1
     * @param message what is being done now, such as "Writing page 3 of 12…", or null to keep the
     *     previous message
     */
    void progress(double fraction, String message);

    /** Where the reports of {@link #of} go. */
    @FunctionalInterface
    interface Listener {
        void progress(double fraction, String message);
    }

    /** A monitor that asks {@code cancel} and hands every report to {@code listener}. */
    static ExportMonitor of(CancellationToken cancel, Listener listener) {
        return new ExportMonitor() {
            @Override
            public boolean isCancelled() {
                return cancel.isCancelled();
            }

            @Override
            public void progress(double fraction, String message) {
                listener.progress(fraction, message);
            }
        };
    }

    /**
     * The monitor of one phase of this export: its fractions 0 to 1 are reported as {@code from} to
     * {@code to} of this one. Cancellation is this monitor's.
     */
    default ExportMonitor part(double from, double to) {
        ExportMonitor whole = this;
        return new ExportMonitor() {
            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }

            @Override
            public void progress(double fraction, String message) {
                double clamped = Math.max(0, Math.min(1, fraction));
                whole.progress(from + (to - from) * clamped, message);
            }
        };
    }

    /** A counter of the {@code total} elements of a phase, such as the edges and vertices to paint. */
    default Counter count(long total) {
        return new Counter(this, total);
    }

    /**
     * Counts the elements of a phase as they are painted or written: every step asks whether the
     * export was cancelled, and the fraction done is reported whenever it has grown by half a
     * percent, so a phase of 100,000 elements makes some 200 reports, not 100,000.
     */
    final class Counter {
        private static final double REPORT_EVERY = 0.005;

        private final ExportMonitor monitor;
        private final long total;
        private long done;
        private double reported;

        Counter(ExportMonitor monitor, long total) {
            this.monitor = monitor;
            this.total = Math.max(0, total);
            monitor.throwIfCancelled();
            monitor.progress(0, null);
        }

        /**
         * One element is done.
         *
         * @throws CancellationException if the export was cancelled
         */
        public void step() {
            step(1);
        }

        /**
         * An element that weighs {@code weight} ordinary ones is done, such as a vertex that takes
         * longer to paint than an edge.
         *
         * @throws CancellationException if the export was cancelled
         */
        public void step(long weight) {
            monitor.throwIfCancelled();
            done += weight;
            double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
            if (fraction - reported >= REPORT_EVERY || (fraction == 1 && reported < 1)) {
                reported = fraction;
                monitor.progress(fraction, null);
            }
        }

        /** The phase is done, whatever the count said. */
        public void finish() {
            monitor.throwIfCancelled();
            if (reported < 1) {
                reported = 1;
                monitor.progress(1, null);
            }
        }
    }
}
