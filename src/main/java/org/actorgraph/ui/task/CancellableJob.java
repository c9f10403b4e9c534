package org.actorgraph.ui.task;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.actorgraph.ui.task.TaskExecutor.TaskContext;
import org.actorgraph.ui.task.TaskExecutor.Work;

/**
 * One kind of background work of a view model that runs one at a time, is shown by an
 * {@link Activity}, and whose Cancel tells the truth: work that has not started yet is dropped at
 * once; work that has started is asked to stop, and what it came to (stopped, or finished before
 * it saw the request) is said only once it has ended. An export uses this, so that "nothing was
 * written" is only said when nothing was. Used on the UI thread only.
 */
public final class CancellableJob {

    /** What became of a run, each called on the UI thread; each returns what the status bar says then. */
    public interface Outcome<T> {

        /** @return a notice for the status bar, or empty */
        String succeeded(T result);

        /** The work stopped because it was cancelled (or was never started). */
        String cancelled();

        /** The work failed for another reason than Cancel. */
        String failed(Throwable error);
    }

    private final TaskExecutor executor;
    private final Activity activity = new Activity();
    private Run<?> current;

    public CancellableJob(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    private static final class Run<T> {
        final Outcome<T> outcome;
        // Set by whichever comes first: the worker starting the work, or Cancel before it did.
        final AtomicBoolean claimed = new AtomicBoolean();
        final AtomicBoolean stop = new AtomicBoolean();
        TaskExecutor.TaskHandle handle;

        Run(Outcome<T> outcome) {
            this.outcome = outcome;
        }
    }

    /**
     * Starts {@code work} in the background. A run still under way is stopped and forgotten: its
     * outcome is not reported.
     *
     * @param message what the status bar says while it runs, such as "Exporting graph.png…"
     * @param work given a context whose {@link TaskContext#isCancelled()} turns true on Cancel
     */
    public <T> void start(String message, Work<T> work, Outcome<T> outcome) {
        abandon();
        Run<T> run = new Run<>(outcome);
        current = run;
        activity.start(message, this::cancel);
        run.handle = executor.submit(task -> {
            if (!run.claimed.compareAndSet(false, true)) {
                throw new CancellationException("cancelled before it started");
            }
            return work.run(new TaskContext() {
                @Override
                public boolean isCancelled() {
                    return run.stop.get() || task.isCancelled();
                }

                @Override
                public void progress(double fraction, String text) {
                    task.progress(fraction, text);
                }
            });
        }, result -> {
            if (end(run)) {
                activity.finish(outcome.succeeded(result));
            }
        }, error -> {
            if (end(run)) {
                boolean cancelled = error instanceof CancellationException || run.stop.get();
                activity.finish(cancelled ? outcome.cancelled() : outcome.failed(error));
            }
        }, progress -> {
            if (run == current && !run.stop.get()) {
                activity.report(progress);
            }
        });
    }

    private boolean end(Run<?> run) {
        if (run != current) {
            return false;
        }
        current = null;
        return true;
    }

    /**
     * Cancel: work that has not started yet is dropped and its outcome is {@link Outcome#cancelled()}
     * at once; running work is asked to stop, the activity says "Cancelling…" until it has.
     */
    public void cancel() {
        Run<?> run = current;
        if (run == null) {
            return;
        }
        if (run.claimed.compareAndSet(false, true)) {
            current = null;
            if (run.handle != null) {
                run.handle.cancel();
            }
            activity.finish(run.outcome.cancelled());
        } else if (!run.stop.getAndSet(true)) {
            activity.stopping("Cancelling…");
        }
    }

    // A run replaced by a new one: it stops, and nobody hears of it again.
    private void abandon() {
        Run<?> run = current;
        current = null;
        if (run != null) {
            run.claimed.set(true);
            run.stop.set(true);
            if (run.handle != null) {
                run.handle.cancel();
            }
        }
    }

    /** Whether a run is under way (also while it is stopping). */
    public boolean isRunning() {
        return current != null;
    }

    /** What the status bar shows of this work. */
    public Activity activity() {
        return activity;
    }
}
