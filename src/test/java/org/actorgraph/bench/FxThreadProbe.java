package org.actorgraph.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * How long the FX thread keeps other work waiting: a background thread hands it a small task every
 * few milliseconds, as the window system hands it a key press or a mouse move, and records how long
 * each task waited before it ran. The longest wait is the longest time a click would have gone
 * unanswered. Unlike the gap between two frames, it does not count the time the render thread
 * spends painting while the FX thread is free.
 */
final class FxThreadProbe {

    private static final long PAUSE_MS = 2;

    private final AtomicLong longestWaitNs = new AtomicLong();
    // Waits count from here at the earliest: a task posted before a measure began counts only its
    // wait inside the measure.
    private volatile long measureStart = System.nanoTime();
    private volatile boolean running = true;

    /** Starts probing; {@link #stop()} ends it. */
    static FxThreadProbe start() {
        FxThreadProbe probe = new FxThreadProbe();
        Thread thread = new Thread(probe::probe, "fx-thread-probe");
        thread.setDaemon(true);
        thread.start();
        return probe;
    }

    private void probe() {
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                longestWaitNs.accumulateAndGet(System.nanoTime() - Math.max(posted, measureStart), Math::max);
                ran.countDown();
            });
            try {
                // One task at a time: a queue of them would measure the queue, not the thread.
                while (!ran.await(1, TimeUnit.SECONDS)) {
                    if (!running) {
                        return;
                    }
                }
                Thread.sleep(PAUSE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The longest wait since the last call, in milliseconds; starts a new measure. */
    double takeLongestWaitMs() {
        measureStart = System.nanoTime();
        return longestWaitNs.getAndSet(0) / 1e6;
    }

    void stop() {
        running = false;
    }
}
