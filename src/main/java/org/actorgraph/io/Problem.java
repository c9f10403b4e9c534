package org.actorgraph.io;

import java.util.Objects;

/**
 * One thing wrong with a corpus file, precise enough for a user to find and fix it.
 *
 * <p>{@code location} is {@code "line:column"} (both from 1) for problems in the JSON syntax or the
 * encoding, a JSON path such as {@code $.articles[0].relations[3].source} for problems in the
 * content, or empty when the problem concerns the whole file (it cannot be read at all). The
 * {@code message} says what is wrong and what was expected.
 *
 * @param severity whether the problem prevents loading
 * @param file the name of the file (or resource) the problem is in
 * @param location where in the file, as described above; never null
 * @param message what is wrong and what was expected
 */
public record Problem(Severity severity, String file, String location, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** The corpus cannot be loaded until this is fixed. */
        ERROR,
        /** Suspicious but harmless; the corpus still loads (for example an unknown field). */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** An error at the given location. */
    public static Problem error(String file, String location, String message) {
        return new Problem(Severity.ERROR, file, location, message);
    }

    /** A warning at the given location. */
    public static Problem warning(String file, String location, String message) {
        return new Problem(Severity.WARNING, file, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * One readable line: {@code file:line:column: message} for syntax problems (the form compilers use,
     * which editors and terminals turn into links), {@code file: $.path: message} for content problems
     * and {@code file: message} when there is no location. Warnings are marked as such.
     */
    @Override
    public String toString() {
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        if (location.isEmpty()) {
            return file + ": " + prefix + message;
        }
        String separator = location.startsWith("$") ? ": " : ":";
        return file + separator + location + ": " + prefix + message;
    }
}
