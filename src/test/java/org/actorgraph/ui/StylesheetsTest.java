package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A syntax error in a stylesheet makes JavaFX drop every rule after it, silently apart from a log
 * line: the window then looks unstyled. Every stylesheet must parse cleanly.
 */
class StylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/actorgraph/ui/actorgraph.css", "/org/actorgraph/ui/graph/smartgraph.css"})
    void parsesWithoutErrors(String resource) throws IOException {
        URL url = getClass().getResource(resource);
        assertNotNull(url, resource + " is on the class path");
        CssParser.errorsProperty().clear();

        new CssParser().parse(url);

        List<CssParser.ParseError> errors = List.copyOf(CssParser.errorsProperty());
        assertTrue(errors.isEmpty(), errors.stream().map(CssParser.ParseError::getMessage)
                .collect(Collectors.joining("\n")));
    }
}
