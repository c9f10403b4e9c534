package org.actorgraph.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.actorgraph.io.Problem;
import org.junit.jupiter.api.Test;

class ProblemRowTest {

    @Test
    void errorNamesFileAndPlace() {
        ProblemRow row = ProblemRow.of(Problem.error("a.json", "3:5", "expected ','"));

        assertEquals("Error", row.severity());
        assertEquals("a.json — 3:5", row.place());
        assertEquals("expected ','", row.message());
        assertTrue(row.isError());
    }

    @Test
    void warningWithoutLocationShowsTheFileOnly() {
        ProblemRow row = ProblemRow.of(Problem.warning("a.json", "", "unknown field colour"));

        assertEquals("Warning", row.severity());
        assertEquals("a.json", row.place());
        assertFalse(row.isError());
    }
}
