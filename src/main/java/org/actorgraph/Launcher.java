package org.actorgraph;

import org.actorgraph.cli.CommandLine;
import org.actorgraph.ui.ActorGraphApp;

/**
 * The main class. A first argument that names a command ({@code export}, {@code validate},
 * {@code --help}, {@code --version}) runs the command line without a display; anything else opens
 * the window, on the corpus file given as the first argument or on the bundled seed.
 *
 * <p>It does not extend {@code Application}, so the window also starts from a plain class path (a
 * shaded jar) where JavaFX is not a named module.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.COMMANDS.contains(args[0])) {
            System.exit(new CommandLine().run(args, System.out, System.err));
        }
        ActorGraphApp.launchApp(args);
    }
}
