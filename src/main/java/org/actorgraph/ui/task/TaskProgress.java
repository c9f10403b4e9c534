package org.actorgraph.ui.task;

/**
 * How far a background task has got, as handed to the UI thread.
 *
 * @param fraction how much is done, 0 to 1, or {@link #UNKNOWN} when it cannot be said
 * @param message what is being done now, or null when the task did not say anything new
 */
public record TaskProgress(double fraction, String message) {

    /** A fraction for work whose extent is not known: an indeterminate progress bar. */
    public static final double UNKNOWN = -1;

    public TaskProgress {
        if (Double.isNaN(fraction) || fraction < 0) {
            fraction = UNKNOWN;
        } else if (fraction > 1) {
            fraction = 1;
        }
    }

    /** Whether the fraction is known. */
    public boolean determinate() {
        return fraction >= 0;
    }
}
