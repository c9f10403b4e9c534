package org.actorgraph;

import org.actorgraph.cli.CommandLine;

/**
 * The jar's main class. On this branch it only knows the command line; the window takes the
 * arguments that are not a command once it exists (see docs/decisions/0001-layers.md).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine().run(args, System.out, System.err));
    }
}
