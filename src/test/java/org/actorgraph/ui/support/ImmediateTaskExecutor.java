package org.actorgraph.ui.support;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.actorgraph.ui.task.TaskExecutor;

/** Runs each task at once on the calling thread, so view models can be tested without a UI. */
public final class ImmediateTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    @Override
    public void shutdown() {
    }
}
