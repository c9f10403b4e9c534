package org.actorgraph.ui.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.ui.task.TaskProgress;

/**
 * Keeps submitted work until the test runs it, so a test can cancel a task while it is "running".
 * A task cancelled before it runs still runs its work (as a real worker thread would finish its
 * current step), but the work sees itself cancelled and its callbacks are dropped. Progress is handed
 * on as it is made, so a test may cancel the task from its progress callback, as a user would click
 * Cancel while the bar moves.
 */
public final class ManualTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();
    /** Every progress report handed on, in order. */
    public final List<TaskProgress> reported = new ArrayList<>();
    /** How every work that failed ended, also when its callbacks were dropped: a stopped work throws. */
    public final List<Exception> failures = new ArrayList<>();

    @Override
    public <T> TaskHandle submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                                 Consumer<TaskProgress> onProgress) {
        boolean[] cancelled = {false};
        String[] message = {null};
        TaskContext context = new TaskContext() {
            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }

            @Override
            public void progress(double fraction, String text) {
                message[0] = text == null ? message[0] : text;
                if (!cancelled[0]) {
                    TaskProgress progress = new TaskProgress(fraction, message[0]);
                    reported.add(progress);
                    onProgress.accept(progress);
                }
            }
        };
        queue.add(() -> {
            T result;
            try {
                result = work.run(context);
            } catch (Exception e) {
                failures.add(e);
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

    /** Runs the oldest waiting task, if any. */
    public void runNext() {
        if (!queue.isEmpty()) {
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
