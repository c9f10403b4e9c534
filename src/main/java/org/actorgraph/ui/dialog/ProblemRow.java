package org.actorgraph.ui.dialog;

import java.util.Locale;
import org.actorgraph.io.Problem;

/**
 * One problem as the problems list shows it: how bad it is, where it is, and what is wrong.
 *
 * @param severity "Error" or "Warning"
 * @param place the file and the line:column or JSON path
 * @param message what was found and what was expected
 */
public record ProblemRow(String severity, String place, String message) {

    /** The row for a problem reported by the corpus reader. */
    public static ProblemRow of(Problem problem) {
        String severity = String.valueOf(problem.severity()).toLowerCase(Locale.ROOT);
        severity = severity.isEmpty() ? severity : Character.toUpperCase(severity.charAt(0)) + severity.substring(1);
        String file = problem.file() == null ? "" : problem.file();
        String location = problem.location() == null ? "" : problem.location();
        String place = file.isEmpty() ? location : location.isEmpty() ? file : file + " — " + location;
        return new ProblemRow(severity, place, problem.message());
    }

    /** Whether this row is an error rather than a warning. */
    public boolean isError() {
        return severity.equalsIgnoreCase("error");
    }
}
