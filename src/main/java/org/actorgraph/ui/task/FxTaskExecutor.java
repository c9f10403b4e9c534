package org.actorgraph.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs tasks on a small pool of daemon threads and delivers results on the JavaFX thread. Progress
 * reaches the JavaFX thread at most once per {@link #PROGRESS_INTERVAL_NANOS} (20 times a second):
 * the worker keeps only the newest report, so however often work reports, the FX thread gets a
 * handful of short updates.
 */
public final class FxTaskExecutor implements TaskExecutor {

    /** The shortest time between two progress updates handed to the JavaFX thread. */
    static final long PROGRESS_INTERVAL_NANOS = 50_000_000L;

    private final ExecutorService pool;
    // Posts a progress report that came too soon after the previous one once its turn has come.
    private final ScheduledExecutorService later;

    /** Two workers, named actorgraph-worker-1 and -2. */
    public FxTaskExecutor() {
        this(2, "actorgraph-worker");
    }

    /** {@code workers} workers, named {@code name-1}, {@code name-2}, … */
    public FxTaskExecutor(int workers, String name) {
        AtomicInteger count = new AtomicInteger();
        // Daemon threads: closing the window must not wait for a layout that nobody needs any more.
        this.pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.later = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name + "-progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> TaskHandle submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                                 Consumer<TaskProgress> onProgress) {
        AtomicBoolean cancelled = new AtomicBoolean();
        // Set on the FX thread when the outcome is delivered: progress that was still queued is dropped.
        AtomicBoolean finished = new AtomicBoolean();
        Throttle throttle = new Throttle(cancelled, finished, onProgress, later);
        Future<?> future = pool.submit(() -> {
            try {
                T result = work.run(throttle);
                Platform.runLater(() -> {
                    finished.set(true);
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable e) { // an OutOfMemoryError too: the work's owner must hear that it ended
                Platform.runLater(() -> {
                    finished.set(true);
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
        later.shutdownNow();
    }

    /**
     * The context of one task: keeps the newest report and has at most one delivery to the FX thread
     * under way, at least an interval after the previous one. A report never waits longer than the
     * interval, unless the task ends first (its outcome replaces it).
     */
    private static final class Throttle implements TaskContext {
        private final AtomicBoolean cancelled;
        private final AtomicBoolean finished;
        private final Consumer<TaskProgress> onProgress;
        private final ScheduledExecutorService later;
        private final AtomicReference<TaskProgress> newest = new AtomicReference<>();
        private final AtomicBoolean posted = new AtomicBoolean();
        private volatile long lastPost = System.nanoTime() - PROGRESS_INTERVAL_NANOS;
        // The message stays until the work names a new one; kept on the worker thread only.
        private String message;

        Throttle(AtomicBoolean cancelled, AtomicBoolean finished, Consumer<TaskProgress> onProgress,
                 ScheduledExecutorService later) {
            this.cancelled = cancelled;
            this.finished = finished;
            this.onProgress = onProgress;
            this.later = later;
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get() || Thread.currentThread().isInterrupted();
        }

        @Override
        public void progress(double fraction, String text) {
            if (text != null) {
                message = text;
            }
            newest.set(new TaskProgress(fraction, message));
            if (!posted.compareAndSet(false, true)) {
                return; // a delivery is under way and will take this report
            }
            long wait = lastPost + PROGRESS_INTERVAL_NANOS - System.nanoTime();
            if (wait <= 0) {
                post();
            } else {
                try {
                    later.schedule(this::post, wait, TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    posted.set(false); // shut down: nobody is waiting for progress any more
                }
            }
        }

        private void post() {
            lastPost = System.nanoTime();
            Platform.runLater(this::deliver);
        }

        private void deliver() {
            posted.set(false);
            TaskProgress progress = newest.getAndSet(null);
            if (progress != null && !cancelled.get() && !finished.get()) {
                onProgress.accept(progress);
            }
        }
    }
}
