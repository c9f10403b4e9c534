package org.actorgraph.ui;

import javafx.scene.Parent;

/**
 * Paints the main window once off screen, before it shows: everything its first paint will use.
 *
 * <p>Why: the window's first paint also loads the renderer's code for what it draws (a fifth of
 * the renderer's samples after the window shows, in flight recordings) and caches every region's
 * background as an image. Painted once the window is laid out, 0.6 s before a long opening shows
 * it, the code is loaded and the caches are filled while the FX thread has nothing to do and no
 * window is there to freeze (150–190 ms of it at 10k/100k). The frame after the window shows then
 * waits for no long first paint: at 10k/100k it was 84–106 ms after a smaller picture painted in
 * its place (decisions 16 and 23).
 */
final class RendererWarmUp {

    private RendererWarmUp() {
    }

    /** Paints {@code window}'s content once into an image that is let go; call on the FX thread. */
    static void paintOnce(Parent window) {
        window.snapshot(null, null);
    }
}
