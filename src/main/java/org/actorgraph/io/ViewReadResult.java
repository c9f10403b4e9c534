package org.actorgraph.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.actorgraph.model.SavedView;

/**
 * What came of reading a saved view file: the view, if it could be built, and every problem found.
 * The view is present exactly when there are no {@linkplain Problem.Severity#ERROR errors};
 * warnings (unknown fields) never prevent it. Problems are in the order of the file.
 *
 * @param sourceName the name of the file that was read, as used in the problems
 * @param view the view; present only when there are no errors
 * @param problems all problems found
 */
public record ViewReadResult(String sourceName, Optional<SavedView> view, List<Problem> problems) {

    public ViewReadResult {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(view, "view");
        problems = List.copyOf(problems);
        if (view.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a view with errors must not be returned");
        }
    }

    /** True when there are no errors (there may be warnings), so the view is present. */
    public boolean isValid() {
        return view.isPresent();
    }

    /** All problems, one per line, as shown to a user. Empty when there are none. */
    public String report() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
