package org.actorgraph.ui.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.ui.task.TaskProgress;

/**
 * Never runs the work it is given: each task fails, with the error chosen, when the test says so.
 * For what a view model does when its background work fails.
 */
public final class FailingTaskExecutor implements TaskExecutor {

    private final Throwable error;
    private final Deque<Runnable> failures = new ArrayDeque<>();

    /** @param error what every task fails with */
    public FailingTaskExecutor(Throwable error) {
        this.error = error;
    }

    @Override
    public <T> TaskHandle submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                                 Consumer<TaskProgress> onProgress) {
        failures.add(() -> onFailure.accept(error));
        return () -> { };
    }

    /** Fails the oldest task waiting. */
    public void failNext() {
        failures.remove().run();
    }

    /** How many tasks wait to fail. */
    public int waiting() {
        return failures.size();
    }

    @Override
    public void shutdown() {
    }
}
