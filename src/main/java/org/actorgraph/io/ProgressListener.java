package org.actorgraph.io;

/**
 * Told how far a long read has got, for a progress bar. Called on the reading thread; an
 * implementation that updates a window hands the numbers over to that window's thread itself.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores all progress. */
    ProgressListener NONE = (done, total, message) -> { };

    /**
     * @param done work done so far, for example bytes read
     * @param total all the work, or -1 when unknown
     * @param message what is being done, such as the file being read
     */
    void progress(long done, long total, String message);
}
