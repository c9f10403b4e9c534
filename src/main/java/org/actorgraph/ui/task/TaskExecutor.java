package org.actorgraph.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the UI thread and hands the outcome back to it. View models depend on this
 * interface only, so tests can run the work synchronously.
 */
public interface TaskExecutor {

    /**
     * Starts {@code work} in the background. Exactly one of the callbacks is later called on the UI
     * thread, unless the returned handle was cancelled first.
     */
    <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops accepting work; running tasks may finish but their callbacks are dropped. */
    void shutdown();

    /** A running task. */
    interface TaskHandle {
        /** Drops the task's result; the work itself is interrupted if it is still running. */
        void cancel();
    }
}
