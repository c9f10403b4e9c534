package org.actorgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The collector's pauses, as the JVM reports them, on the {@link System#nanoTime()} clock: how much
 * of an FX-thread stall was the collector holding every thread, and how much was the window's own
 * work. Concurrent cycles are left out; G1's young and mixed collections and full collections,
 * which stop the application, are kept. Times have the millisecond resolution of the reports.
 */
final class CollectorPauses {

    private record Pause(long fromNanos, long toNanos) {
    }

    private final List<Pause> pauses = new ArrayList<>();
    // System.nanoTime() when the JVM started, as far as the uptime tells.
    private final long startNanos;

    CollectorPauses() {
        startNanos = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        record(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                    }
                }, null, null);
            }
        }
    }

    private void record(GarbageCollectionNotificationInfo info) {
        // G1's concurrent cycle ("G1 Concurrent GC") runs beside the application: not a pause.
        if (info.getGcName().contains("Concurrent")) {
            return;
        }
        long from = startNanos + info.getGcInfo().getStartTime() * 1_000_000L;
        long to = startNanos + info.getGcInfo().getEndTime() * 1_000_000L;
        synchronized (pauses) {
            pauses.add(new Pause(from, to));
        }
    }

    /** Milliseconds of pauses within {@code [fromNanos, toNanos]}. */
    double pausedWithin(long fromNanos, long toNanos) {
        long paused = 0;
        synchronized (pauses) {
            for (Pause pause : pauses) {
                paused += Math.max(0, Math.min(toNanos, pause.toNanos()) - Math.max(fromNanos, pause.fromNanos()));
            }
        }
        return paused / 1e6;
    }
}
