package org.actorgraph.io.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.io.Problem;

/**
 * The problems found while importing, each with its file and place: {@code line} or
 * {@code line:column} for text formats, a JSON path such as {@code $[0].relations[2]} for JSON.
 * An error means something was left out of the corpus; a warning means it was imported with a caveat.
 */
final class ImportProblems {

    private final List<Problem> list = new ArrayList<>();
    /** Keys of warnings that are only worth saying once per import, such as an unmapped label. */
    private final Set<String> once = new HashSet<>();

    void error(String file, String location, String message) {
        list.add(Problem.error(file, location, message));
    }

    void warning(String file, String location, String message) {
        list.add(Problem.warning(file, location, message));
    }

    /** A warning given only the first time {@code key} is seen in this import. */
    void warningOnce(String key, String file, String location, String message) {
        if (once.add(key)) {
            warning(file, location, message);
        }
    }

    List<Problem> list() {
        return List.copyOf(list);
    }

    int size() {
        return list.size();
    }
}
