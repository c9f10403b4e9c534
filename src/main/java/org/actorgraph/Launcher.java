package org.actorgraph;

import org.actorgraph.ui.ActorGraphApp;

/**
 * The main class. It does not extend {@code Application}, so the application also starts from a
 * plain class path (a shaded jar) where JavaFX is not a named module.
 *
 * <p>Usage: {@code actorgraph [corpus.actorgraph.json]}; without an argument the bundled seed opens.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        ActorGraphApp.launchApp(args);
    }
}
