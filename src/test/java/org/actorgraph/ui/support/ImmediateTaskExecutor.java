package org.actorgraph.ui.support;

import java.util.function.Consumer;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.ui.task.TaskProgress;

/**
 * Runs each task at once on the calling thread, so view models can be tested without a UI. Every
 * progress report is handed on as it is made, none is skipped.
 */
public final class ImmediateTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                                 Consumer<TaskProgress> onProgress) {
        String[] message = {null};
        TaskContext context = new TaskContext() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void progress(double fraction, String text) {
                message[0] = text == null ? message[0] : text;
                onProgress.accept(new TaskProgress(fraction, message[0]));
            }
        };
        T result;
        try {
            result = work.run(context);
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
