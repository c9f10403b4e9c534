package org.actorgraph.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;

/**
 * Measures the time from the start of the JVM to the first frame that shows a graph, for the
 * start-up benchmark (docs/performance.md). Switched on with {@code -Dactorgraph.startupProbe=true};
 * it prints one line and exits the application.
 */
final class StartupProbe {

    static final String PROPERTY = "actorgraph.startupProbe";
    static final String PREFIX = "first-graph-frame-ms=";

    /** Frames to wait after the graph is set, so the measured frame really shows it on screen. */
    private static final int FRAMES = 2;

    private final PrintStream out;
    private final BooleanSupplier windowShowing;

    /** @param windowShowing whether the main window is on screen */
    StartupProbe(PrintStream out, BooleanSupplier windowShowing) {
        this.out = out;
        this.windowShowing = windowShowing;
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Reports once {@code graphShown} holds a value and a couple of frames were rendered. */
    void watch(ObservableValue<?> graphShown) {
        if (graphShown.getValue() != null) {
            countFrames();
            return;
        }
        graphShown.addListener((obs, old, now) -> {
            if (now != null && old == null) {
                countFrames();
            }
        });
    }

    private void countFrames() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // Frames tick before the window is on screen too (it shows with its first graph):
                // only frames of a window on screen count.
                if (!windowShowing.getAsBoolean() || ++frames < FRAMES) {
                    return;
                }
                stop();
                long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                out.println(PREFIX + elapsed);
                out.flush();
                Platform.exit();
            }
        }.start();
    }
}
