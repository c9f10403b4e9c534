package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Syntax errors are reported at the offending character with what was expected there. */
class MalformedJsonTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("missing comma between fields", "{\n  \"format\": \"x\",\n  \"version\": 1\n  \"actors\": []\n}",
                        "4:3", "expected ',' or '}' after the value of \"version\", found the string \"actors\""),
                Arguments.of("comma after the last field", "{\"a\": 1,\n}",
                        "2:1", "expected a field name in double quotes after ',' (JSON allows no comma after the last field), found '}'"),
                Arguments.of("comma after the last element", "{\"a\": [1, 2,]}",
                        "1:13", "expected a value after ',' (JSON allows no comma after the last element), found ']'"),
                Arguments.of("missing comma in an array", "[1 2]", "1:4", "expected ',' or ']' after an array element, found '2'"),
                Arguments.of("unquoted field name", "{format: 1}", "1:2", "expected a field name in double quotes or '}', found 'format'"),
                Arguments.of("single-quoted name", "{'format': 1}", "1:2", "JSON does not allow single quotes"),
                Arguments.of("single-quoted value", "{\"a\": 'x'}", "1:7", "expected a string in double quotes"),
                Arguments.of("missing colon", "{\"a\" 1}", "1:6", "expected ':' after the field name \"a\", found '1'"),
                Arguments.of("misspelt literal", "{\"a\": tru}", "1:7", "expected a value (an object, array, string in double quotes, number, true, false or null), found 'tru'"),
                Arguments.of("NaN", "{\"a\": NaN}", "1:7", "found 'NaN'"),
                Arguments.of("semicolon separator", "{\"a\": 1; \"b\": 2}", "1:8", "expected ',' or '}' after the value of \"a\", found ';'"),
                Arguments.of("comment", "{\n  // note\n  \"a\": 1}", "2:3", "(JSON does not allow comments)"),
                Arguments.of("unclosed object", "{\"a\": {\"b\": 1}\n", "2:1", "unexpected end of file: expected ',' or '}' (an object is not closed)"),
                Arguments.of("wrong closing bracket", "{\"a\": [1, 2}", "1:12", "expected ',' or ']' after an array element, found '}'"),
                Arguments.of("content after the document", "{\"a\": 1}\n}", "2:1", "expected the end of the file after the closing '}'"),
                Arguments.of("line break in a string", "{\"a\": \"two\nlines\"}", "1:11", "unescaped line break in a string"),
                Arguments.of("bad escape", "{\"a\": \"C:\\dir\"}", "1:10", "invalid escape sequence in a string"),
                Arguments.of("unterminated string", "{\"a\": \"abc", "1:11", "unterminated string"),
                Arguments.of("empty file", "", "1:1", "the file is empty: expected a JSON object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsWhereAndWhatWasExpected(String mistake, String json, String location, String message) {
        LoadResult result = Fixtures.read(json);

        assertTrue(result.corpus().isEmpty());
        assertEquals(1, result.problems().size(), result.report());
        Problem problem = result.problems().get(0);
        assertEquals(Problem.Severity.ERROR, problem.severity());
        assertEquals(location, problem.location(), problem.toString());
        assertTrue(problem.message().contains(message), problem.toString());
    }

    @Test
    void messageReadsLikeACompilerError() {
        String json = Fixtures.validWith("\"version\": 1,", "\"version\": 1");

        Problem problem = Fixtures.read(json).problems().get(0);

        assertEquals(Fixtures.FILE + ":4:3: malformed JSON: expected ',' or '}' after the value of \"version\", "
                + "found the string \"title\"", problem.toString());
    }

    @Test
    void duplicateFieldIsAnErrorWithItsPath() {
        String json = Fixtures.validWith("\"name\": \"Russia\",", "\"name\": \"Russia\", \"name\": \"Russland\",");

        LoadResult result = Fixtures.read(json);

        assertEquals(1, result.errors().size(), result.report());
        assertEquals("$.actors[1].name", result.errors().get(0).location());
        assertTrue(result.errors().get(0).message().startsWith("duplicate field \"name\""));
    }
}
