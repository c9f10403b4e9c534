package org.actorgraph.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.actorgraph.io.CancellationToken;

/**
 * Runs work away from the UI thread and hands the outcome back to it. View models depend on this
 * interface only, so tests can run the work synchronously.
 *
 * <p>Work that takes long is given a {@link TaskContext}: it reports how far it has got, which the
 * executor hands to the UI thread (a real executor at most about 20 times a second, always the
 * newest value), and it asks the context whether it has been cancelled, so that Cancel stops it rather than
 * only dropping its result.
 */
public interface TaskExecutor {

    /**
     * Starts {@code work} in the background. Exactly one of the callbacks is later called on the UI
     * thread, unless the returned handle was cancelled first.
     */
    default <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(task -> work.call(), onSuccess, onFailure, progress -> { });
    }

    /**
     * Starts {@code work} in the background with a context to report progress to and to ask for
     * cancellation. {@code onProgress} is called on the UI thread with the newest progress, never
     * after the task's outcome and never after the handle was cancelled; a fast series of reports
     * may reach it as fewer calls (intermediate values are skipped, the order is kept). Exactly one
     * of the other callbacks is later called on the UI thread, unless the handle was cancelled first.
     */
    <T> TaskHandle submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                          Consumer<TaskProgress> onProgress);

    /** Stops accepting work; running tasks may finish but their callbacks are dropped. */
    void shutdown();

    /** A running task. */
    interface TaskHandle {
        /**
         * Drops the task's result; the work itself sees {@link TaskContext#isCancelled()} from now on
         * and is interrupted if it is still running.
         */
        void cancel();
    }

    /** Background work that reports progress and stops when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        /**
         * Runs on a worker thread.
         *
         * @throws java.util.concurrent.CancellationException when it stopped because it was cancelled
         */
        T run(TaskContext task) throws Exception;
    }

    /**
     * What running work is given: where its progress goes and whether it should stop. Used on the
     * worker thread; safe to call as often as the work likes (reports are coalesced).
     */
    interface TaskContext extends CancellationToken {

        /**
         * Reports progress.
         *
         * @param fraction how much is done, 0 to 1, or {@link TaskProgress#UNKNOWN}
         * @param message what is being done now, or null to keep the previous message
         */
        void progress(double fraction, String message);
    }
}
