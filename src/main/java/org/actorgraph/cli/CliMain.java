package org.actorgraph.cli;

/** Runs the command line and exits with its code: {@code java -cp actorgraph.jar org.actorgraph.cli.CliMain}. */
public final class CliMain {

    private CliMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine().run(args, System.out, System.err));
    }
}
