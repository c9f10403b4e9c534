package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example in docs/corpus-format.md is what people copy from, so it must be a valid corpus. */
class FormatDocumentTest {

    @Test
    void documentedExampleLoadsWithoutProblems() throws IOException {
        String document = Files.readString(Path.of("docs", "corpus-format.md"));
        Matcher example = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(document);
        assertTrue(example.find(), "the format description has a JSON example");

        LoadResult result = Fixtures.read(example.group(1));

        assertEquals(List.of(), result.problems(), result.report());
        assertEquals(1, result.requireCorpus().relations().size());
    }
}
