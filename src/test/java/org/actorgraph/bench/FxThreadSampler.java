package org.actorgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Takes the FX thread's stack every few milliseconds, to say what it was doing during a stall.
 *
 * <p>Why not a flight recording: while a large corpus is read and laid out on both cores, the
 * recorder's sampler took a handful of the FX thread's stacks in a 150 ms stall. This thread asks
 * for the one thread's stack itself, at a fixed pace, and keeps the time of each.
 */
final class FxThreadSampler {

    private record Sample(long nanos, StackTraceElement[] stack) {
    }

    /** Milliseconds between two samples. */
    private static final long EVERY_MS = 3;
    /** Frames of a stack kept in the summary, from the top. */
    private static final int FRAMES_SHOWN = 8;
    /** The application's own frames kept after them: what it called that led there. */
    private static final int OURS_SHOWN = 4;
    /** What "the application's own" means there: its classes, its libraries', and the controls' skins. */
    private static final java.util.regex.Pattern OWN = java.util.regex.Pattern.compile(
            "org\\.actorgraph\\.(?!bench\\.)|org\\.controlsfx\\.|com\\.brunomnsilva\\.|javafx\\.scene\\.control\\.skin\\.");

    private final Thread fxThread;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    /** Starts sampling {@code fxThread} at once; call from the FX thread, with the thread itself. */
    FxThreadSampler(Thread fxThread) {
        this.fxThread = fxThread;
        sampler = new Thread(this::sample, "fx-thread-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            StackTraceElement[] stack = fxThread.getStackTrace();
            long now = System.nanoTime();
            synchronized (samples) {
                samples.add(new Sample(now, stack));
            }
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String frame(StackTraceElement f) {
        return f.getClassName().replaceFirst("^.*\\.", "") + "." + f.getMethodName() + ":" + f.getLineNumber();
    }

    void stop() {
        running = false;
        sampler.interrupt();
    }

    /**
     * The stacks sampled within {@code [fromNanos, toNanos]}, most frequent first, each with its
     * count and its top frames (waiting for events is left out: the thread was free then).
     */
    String summary(long fromNanos, long toNanos) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        synchronized (samples) {
            for (Sample sample : samples) {
                if (sample.nanos() < fromNanos || sample.nanos() > toNanos || sample.stack().length == 0) {
                    continue;
                }
                total++;
                String top = java.util.Arrays.stream(sample.stack()).limit(FRAMES_SHOWN)
                        .map(FxThreadSampler::frame).collect(Collectors.joining(" < "))
                        + " … " + java.util.Arrays.stream(sample.stack())
                        .filter(f -> OWN.matcher(f.getClassName()).lookingAt()).limit(OURS_SHOWN)
                        .map(FxThreadSampler::frame).collect(Collectors.joining(" < "));
                counts.merge(top, 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  %d samples of the FX thread in the stall%n",
                total));
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %3d  %s%n", e.getValue(), e.getKey())));
        return out.toString();
    }
}
