package org.actorgraph.analysis;

/**
 * Watches a long {@link ForceLayout} run: it is told after every iteration how far the drawing
 * still moves, and can stop the run. Called on the thread that runs the layout; implementations
 * that update a window must hand the values over to its thread themselves.
 */
public interface LayoutMonitor {

    /** A monitor that never cancels and ignores progress. */
    LayoutMonitor NONE = stoppedWhen(() -> false);

    /** A monitor that stops the layout once {@code cancelled} answers true and ignores progress. */
    static LayoutMonitor stoppedWhen(java.util.function.BooleanSupplier cancelled) {
        return new LayoutMonitor() {
            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }

            @Override
            public void progress(int iteration, double movement) {
            }
        };
    }

    /**
     * Asked before every iteration; when it answers true the layout stops with a
     * {@link java.util.concurrent.CancellationException}.
     */
    boolean cancelled();

    /**
     * Called after every iteration.
     *
     * @param iteration how many iterations have run, from 1 up to the iteration cap
     * @param movement the largest distance any vertex moved in that iteration; the layout stops
     *     when it falls below the settling threshold
     */
    void progress(int iteration, double movement);

    /**
     * Asked after every iteration; when it answers true the run ends there as if the drawing had
     * settled, and returns the positions reached so far. For a user who stops a first layout and
     * would rather see a rough drawing than none.
     */
    default boolean settleNow() {
        return false;
    }
}
