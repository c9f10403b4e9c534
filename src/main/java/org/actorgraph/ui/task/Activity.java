package org.actorgraph.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One kind of background work as the status bar shows it: whether it runs, what it does, how far
 * it has got, and how to stop it. The view model that runs the work owns it; the status bar binds
 * to it. Used on the UI thread only.
 *
 * <p>Progress never goes backwards while one run lasts: a report below the value shown is ignored,
 * so a bar does not jump back when the work's estimate changes.
 */
public final class Activity {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", TaskProgress.UNKNOWN);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private Runnable canceller;

    /**
     * A run begins; it replaces whatever this activity showed.
     *
     * @param text what runs, such as "Opening big.actorgraph.json…"
     * @param cancel what Cancel does, or null when the work cannot be cancelled
     */
    public void start(String text, Runnable cancel) {
        canceller = cancel;
        outcome.set("");
        progress.set(TaskProgress.UNKNOWN);
        message.set(text);
        cancellable.set(cancel != null);
        running.set(true);
    }

    /** The running work reported progress; ignored when nothing runs. */
    public void report(TaskProgress reported) {
        if (!running.get()) {
            return;
        }
        if (reported.message() != null && !reported.message().isEmpty()) {
            message.set(reported.message());
        }
        if (reported.determinate() && reported.fraction() > progress.get()) {
            progress.set(reported.fraction());
        }
    }

    /**
     * Cancel was asked and the work is stopping: the activity says so (such as "Cancelling…") and
     * Cancel no longer applies; ignored when nothing runs.
     */
    public void stopping(String text) {
        if (!running.get()) {
            return;
        }
        canceller = null;
        cancellable.set(false);
        message.set(text);
    }

    /** The run ended, one way or another. */
    public void finish() {
        finish("");
    }

    /**
     * The run ended with something to tell, such as "Opening big.actorgraph.json cancelled" or
     * "Exported graph.png".
     *
     * @param said kept in {@link #outcomeProperty()} until the next run starts; empty for nothing
     */
    public void finish(String said) {
        canceller = null;
        running.set(false);
        cancellable.set(false);
        message.set("");
        progress.set(TaskProgress.UNKNOWN);
        outcome.set(said == null ? "" : said);
    }

    /** Stops the running work, if it can be stopped; what happens to its result is the owner's decision. */
    public void cancel() {
        Runnable action = canceller;
        if (running.get() && action != null) {
            action.run();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What runs, or empty when nothing does. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0 to 1, or {@link TaskProgress#UNKNOWN} while it cannot be said (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether Cancel can stop the running work. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /**
     * What the last run came to when there was something to say (it was cancelled, an export
     * wrote its file), else empty.
     */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }
}
