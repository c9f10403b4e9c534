package org.actorgraph.cli;

/** Bad arguments: the message says what is wrong; the command line prints it with the usage. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
