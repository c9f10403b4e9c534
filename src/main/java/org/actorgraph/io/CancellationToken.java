package org.actorgraph.io;

import java.util.concurrent.CancellationException;

/**
 * Asked now and then by a long read whether the user has given up waiting. A read that sees it
 * cancelled stops with a {@link CancellationException} and leaves no partial result behind.
 */
@FunctionalInterface
public interface CancellationToken {

    /** A token that is never cancelled. */
    CancellationToken NONE = () -> false;

    boolean isCancelled();

    /** @throws CancellationException if cancelled */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
