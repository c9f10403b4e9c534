package org.actorgraph.ui.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.actorgraph.ui.task.TaskExecutor;

/**
 * Keeps submitted work until the test runs it, so a test can cancel a task while it is "running".
 * A cancelled task still runs its work (as a real worker thread would finish its current step) but
 * its callbacks are dropped.
 */
public final class ManualTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                if (!cancelled[0]) {
                    onFailure.accept(e);
                }
                return;
            }
            if (!cancelled[0]) {
                onSuccess.accept(result);
            }
        });
        return () -> cancelled[0] = true;
    }

    /** Runs every waiting task in order. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    public int waiting() {
        return queue.size();
    }

    @Override
    public void shutdown() {
        queue.clear();
    }
}
