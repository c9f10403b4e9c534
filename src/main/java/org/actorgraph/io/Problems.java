package org.actorgraph.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one file while it is read, so that all of them can be reported together
 * instead of stopping at the first.
 */
final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(JsonPath at, String message) {
        list.add(Problem.error(file, at.toString(), message));
    }

    void warning(JsonPath at, String message) {
        list.add(Problem.warning(file, at.toString(), message));
    }

    /** An error in the text itself, before there is any JSON structure to point into. */
    void errorAt(TextPosition at, String message) {
        list.add(Problem.error(file, at.toString(), message));
    }

    /** An error that concerns the whole file, such as a file that cannot be opened. */
    void fileError(String message) {
        list.add(Problem.error(file, "", message));
    }

    /** Appends the problems of another list, in their order. */
    void addAll(Problems other) {
        list.addAll(other.list);
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    List<Problem> list() {
        return List.copyOf(list);
    }
}
