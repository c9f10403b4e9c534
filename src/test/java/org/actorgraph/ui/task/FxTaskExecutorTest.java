package org.actorgraph.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Progress reaches the FX thread throttled and in order; Cancel reaches the work. */
class FxTaskExecutorTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void aFloodOfReportsReachesTheFxThreadAFewTimesASecondInOrderAndNeverAfterTheResult() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        List<Double> delivered = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean offThread = new AtomicBoolean();
        AtomicLong reports = new AtomicLong();
        long millis = 600;

        executor.submit(task -> {
            long start = System.nanoTime();
            long elapsed;
            while ((elapsed = System.nanoTime() - start) < millis * 1_000_000) {
                task.progress(elapsed / (millis * 1e6), "Counting");
                reports.incrementAndGet();
            }
            return "done";
        }, result -> {
            events.add("success");
            done.countDown();
        }, error -> done.countDown(), progress -> {
            offThread.compareAndSet(false, !Platform.isFxApplicationThread());
            delivered.add(progress.fraction());
            events.add("progress " + progress.message());
        });

        assertTrue(done.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(offThread.get(), "progress is handed over on the FX thread");
        assertTrue(reports.get() > 1000, "the work reported often: " + reports.get());
        // 600 ms at most 20 a second: about 12, and never one per report.
        assertTrue(delivered.size() >= 3 && delivered.size() <= 16, "delivered " + delivered.size());
        for (int i = 1; i < delivered.size(); i++) {
            assertTrue(delivered.get(i) >= delivered.get(i - 1), "in order: " + delivered);
        }
        assertEquals("success", events.get(events.size() - 1), "nothing after the result: " + events);
    }

    @Test
    void aNewMessageFollowedBySilenceStillArrivesBeforeTheResult() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        executor.submit(task -> {
            task.progress(0.1, "Reading");
            task.progress(0.5, "Checking"); // within the interval: it waits for its turn
            Thread.sleep(400);
            return "done";
        }, result -> {
            events.add("success");
            done.countDown();
        }, error -> done.countDown(), progress -> events.add(progress.message() + " " + progress.fraction()));

        assertTrue(done.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        // "Reading" may be skipped (the newest report is what goes out), "Checking" may not.
        assertEquals(List.of("Checking 0.5", "success"), events.subList(events.size() - 2, events.size()), events.toString());
    }

    @Test
    void cancelReachesTheWorkAndDropsItsCallbacks() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        TaskExecutor.TaskHandle handle = executor.submit(task -> {
            started.countDown();
            try {
                while (!task.isCancelled()) {
                    Thread.onSpinWait();
                }
                task.throwIfCancelled();
                return "never";
            } finally {
                stopped.countDown();
            }
        }, result -> events.add("success"), error -> events.add("failure"), progress -> events.add("progress"));

        assertTrue(started.await(10, TimeUnit.SECONDS));
        handle.cancel();
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the work saw the cancel");
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void aPoolOfOneWorkerRunsItsTasksInTurnOnAThreadOfItsName() throws Exception {
        FxTaskExecutor quick = new FxTaskExecutor(1, "quick");
        try {
            List<String> ran = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch firstStarted = new CountDownLatch(1);
            CountDownLatch releaseFirst = new CountDownLatch(1);
            CountDownLatch bothDone = new CountDownLatch(2);
            quick.submit(() -> {
                firstStarted.countDown();
                releaseFirst.await(10, TimeUnit.SECONDS);
                ran.add("first on " + Thread.currentThread().getName());
                return 1;
            }, r -> bothDone.countDown(), e -> bothDone.countDown());
            quick.submit(() -> {
                ran.add("second on " + Thread.currentThread().getName());
                return 2;
            }, r -> bothDone.countDown(), e -> bothDone.countDown());

            assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
            Thread.sleep(200);
            assertTrue(ran.isEmpty(), "the second waits for the first: " + ran);
            releaseFirst.countDown();
            assertTrue(bothDone.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("first on quick-1", "second on quick-1"), ran);
        } finally {
            quick.shutdown();
        }
    }
}
