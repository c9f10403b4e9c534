package org.actorgraph.io;

import static org.actorgraph.io.Fixtures.read;
import static org.actorgraph.io.Fixtures.replaceOnce;
import static org.actorgraph.io.Fixtures.validWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of content problem is reported with the JSON path of the offending value and a message
 * that says what was expected.
 */
class ContentValidationTest {

    private static final String ARTICLE = "$.articles[0]";
    private static final String RELATION = ARTICLE + ".relations[0]";

    /** Reads the JSON and returns its only problem, which must be an error. */
    private static Problem onlyError(String json) {
        LoadResult result = read(json);
        assertTrue(result.corpus().isEmpty(), "an invalid corpus must not load");
        assertEquals(1, result.problems().size(), result.report());
        Problem problem = result.problems().get(0);
        assertEquals(Problem.Severity.ERROR, problem.severity());
        return problem;
    }

    private static void assertProblem(Problem problem, String location, String... fragments) {
        assertEquals(location, problem.location(), problem.toString());
        for (String fragment : fragments) {
            assertTrue(problem.message().contains(fragment), "expected \"" + fragment + "\" in: " + problem);
        }
    }

    @Test
    void theFixtureIsValid() {
        LoadResult result = read(Fixtures.VALID);
        assertEquals(List.of(), result.problems());
        assertTrue(result.isValid());
    }

    @Test
    void missingRequiredField() {
        assertProblem(onlyError(validWith("\"name\": \"Russia\", ", "")), "$.actors[1]",
                "missing required field \"name\"", "expected a non-empty string, the display name");
        assertProblem(onlyError(validWith("\"type\": \"arms_supply\", ", "")), RELATION,
                "missing required field \"type\"", "expected a relation type id");
        assertProblem(onlyError(validWith("\"id\": \"a1\", ", "\"id\": null, ")), ARTICLE,
                "missing required field \"id\" (it is null)");
    }

    @Test
    void wrongJsonType() {
        assertProblem(onlyError(validWith("\"start\": 24,", "\"start\": \"24\",")), ARTICLE + ".mentions[1].start",
                "expected an integer >= 0 (a UTF-16 offset into the article text), found string \"24\"");
        assertProblem(onlyError(validWith("\"end\": 30,", "\"end\": 30.5,")), ARTICLE + ".mentions[1].end",
                "found number 30.5");
        assertProblem(onlyError(validWith("\"version\": 1", "\"version\": \"1\"")), "$.version",
                "expected an integer, the format version", "found string \"1\"");
        assertProblem(onlyError(validWith("\"aliases\": [\"DPRK\"]", "\"aliases\": \"DPRK\"")), "$.actors[0].aliases",
                "expected an array of strings, found string \"DPRK\"");
        assertProblem(onlyError(validWith("\"cameo\": [\"072\"]", "\"cameo\": [72]")), "$.relationTypes[0].cameo[0]",
                "CAMEO codes written as strings", "found number 72");
        assertProblem(onlyError(validWith("\"note\": \"unconfirmed\"", "\"note\": true")), RELATION + ".note",
                "expected a string, found true");
        assertProblem(onlyError(validWith("\"status\": \"expected\",", "\"status\": \"expected\", \"negated\": \"no\",")),
                RELATION + ".negated", "expected true or false");
    }

    @Test
    void elementThatIsNotAnObject() {
        assertProblem(onlyError(validWith("{\"id\": \"kim\", \"name\": \"Kim Jong-un\", \"kind\": \"person\", \"affiliation\": \"PRK\"}",
                "\"kim\"")), "$.actors[2]", "expected an actor object {id, name, kind, ...}, found string \"kim\"");
    }

    @Test
    void sectionThatIsNotAnArrayIsOneErrorNotOnePerReference() {
        String valid = Fixtures.VALID;
        String json = valid.substring(0, valid.indexOf("\"actors\": [")) + "\"actors\": {},\n  "
                + valid.substring(valid.indexOf("\"relationTypes\""));
        assertProblem(onlyError(json), "$.actors", "expected an array of actors, found an object");
    }

    @Test
    void rootThatIsNotAnObject() {
        assertProblem(onlyError("[]"), "$", "expected a JSON object {\"format\": \"actorgraph-corpus\"", "found an array");
    }

    @Test
    void duplicateIds() {
        assertProblem(onlyError(validWith("{\"id\": \"RUS\"", "{\"id\": \"PRK\"").replace("\"RUS\"", "\"PRK\"")),
                "$.actors[1].id", "duplicate actor id \"PRK\": it is already used at $.actors[0].id");
        String twoTypes = validWith("\"cameo\": [\"072\"]}", "\"cameo\": [\"072\"]},\n"
                + "    {\"id\": \"arms_supply\", \"label\": \"Other\", \"color\": \"#000000\"}");
        assertProblem(onlyError(twoTypes), "$.relationTypes[1].id", "duplicate relation type id \"arms_supply\"");
    }

    @Test
    void relationIdsAreUniqueAcrossArticles() {
        String second = """
                ,
                    {
                      "id": "a2", "title": "Again", "text": "Russia again.",
                      "relations": [
                        {"id": "r1", "source": "RUS", "target": "PRK", "type": "arms_supply", "status": "reported",
                         "evidence": [{"start": 0, "end": 6, "text": "Russia"}]}
                      ]
                    }
                  ]
                }
                """;
        String json = Fixtures.VALID.substring(0, Fixtures.VALID.lastIndexOf("}\n  ]") + 1) + second;

        assertProblem(onlyError(json), "$.articles[1].relations[0].id",
                "duplicate relation id \"r1\": it is already used at $.articles[0].relations[0].id");
        assertProblem(onlyError(json.replace("\"id\": \"a2\"", "\"id\": \"a1\"").replace("\"id\": \"r1\", \"source\": \"RUS\"",
                "\"id\": \"r2\", \"source\": \"RUS\"")), "$.articles[1].id", "duplicate article id \"a1\"");
    }

    @Test
    void unknownActorReferenceNamesTheKnownIdsAndTheLikelyOne() {
        Problem problem = onlyError(validWith("\"source\": \"PRK\"", "\"source\": \"PRKK\""));

        assertEquals(Fixtures.FILE + ": " + RELATION + ".source: unknown actor id \"PRKK\" (expected one of the ids in "
                + "$.actors: \"PRK\", \"RUS\", \"kim\"); did you mean \"PRK\"?", problem.toString());
    }

    @Test
    void unknownReferencesInMentionsTypesAndAffiliations() {
        assertProblem(onlyError(validWith("{\"actor\": \"RUS\"", "{\"actor\": \"USA\"")), ARTICLE + ".mentions[1].actor",
                "unknown actor id \"USA\"");
        assertProblem(onlyError(validWith("\"type\": \"arms_supply\"", "\"type\": \"arms\"")), RELATION + ".type",
                "unknown relation type id \"arms\" (expected one of the ids in $.relationTypes: \"arms_supply\")");
        assertProblem(onlyError(validWith("\"affiliation\": \"PRK\"", "\"affiliation\": \"DPRK\"")),
                "$.actors[2].affiliation", "unknown actor id \"DPRK\"");
    }

    @Test
    void affiliationMayPointToAnActorDefinedLater() {
        String json = validWith("{\"id\": \"RUS\", \"name\": \"Russia\", \"kind\": \"state\"}",
                "{\"id\": \"RUS\", \"name\": \"Russia\", \"kind\": \"state\"},\n"
                        + "    {\"id\": \"putin\", \"name\": \"Putin\", \"kind\": \"person\", \"affiliation\": \"RUS2\"},\n"
                        + "    {\"id\": \"RUS2\", \"name\": \"Kremlin\", \"kind\": \"organisation\"}");
        assertTrue(read(json).isValid(), read(json).report());
    }

    @Test
    void affiliationCycles() {
        String cycle = validWith("\"aliases\": [\"DPRK\"]}", "\"aliases\": [\"DPRK\"], \"affiliation\": \"kim\"}");
        assertProblem(onlyError(cycle), "$.actors[0].affiliation",
                "affiliation cycle \"PRK\" → \"kim\" → \"PRK\": an actor cannot belong to itself");
        String self = validWith("\"affiliation\": \"PRK\"", "\"affiliation\": \"kim\"");
        assertProblem(onlyError(self), "$.actors[2].affiliation", "actor \"kim\" is affiliated with itself");
    }

    @Test
    void unknownKindAndStatus() {
        assertProblem(onlyError(validWith("\"kind\": \"person\"", "\"kind\": \"leader\"")), "$.actors[2].kind",
                "unknown actor kind \"leader\": expected one of \"state\", \"person\", \"organisation\", \"group\", \"other\"");
        assertProblem(onlyError(validWith("\"status\": \"expected\"", "\"status\": \"rumoured\"")), RELATION + ".status",
                "unknown status \"rumoured\": expected one of \"reported\", \"planned\"", "\"denied\"",
                "(\"asserted\" means \"reported\")");
    }

    @Test
    void assertedIsReadAsReported() {
        LoadResult result = read(validWith("\"status\": \"expected\"", "\"status\": \"asserted\""));
        assertEquals("REPORTED", result.requireCorpus().relations().get(0).status().name());
    }

    @Test
    void spanOutOfRangeReversedOrNegative() {
        assertProblem(onlyError(validWith("\"start\": 44, \"end\": 58, \"text\": \"officials said\"", "\"start\": 44, \"end\": 80")),
                RELATION + ".attribution.cue.end",
                "span [44, 80) goes past the end of the article text, which is 59 UTF-16 code units long");
        assertProblem(onlyError(validWith("\"start\": 24, \"end\": 30, \"text\": \"Russia\"", "\"start\": 30, \"end\": 24")),
                ARTICLE + ".mentions[1]", "span ends before it starts (start 30, end 24): expected end >= start");
        assertProblem(onlyError(validWith("\"start\": 24, \"end\": 30, \"text\": \"Russia\"", "\"start\": -1, \"end\": 30")),
                ARTICLE + ".mentions[1].start", "negative offset -1: expected an integer >= 0");
    }

    @Test
    void spanTextThatDiffersSaysWhatTheSpanCoversAndWhereTheTextIs() {
        Problem problem = onlyError(validWith("\"start\": 24, \"end\": 30, \"text\": \"Russia\"",
                "\"start\": 25, \"end\": 31, \"text\": \"Russia\""));

        assertProblem(problem, ARTICLE + ".mentions[1].text", "span text \"Russia\" differs from the article text at "
                + "[25, 31), which is \"ussia \"; the span text is found at [24, 30) (are the offsets shifted?)");
    }

    @Test
    void evidenceAndCueSpansAreCheckedLikeMentions() {
        assertProblem(onlyError(validWith("\"text\": \"North Korea will supply Russia with shells\"",
                "\"text\": \"North Korea will supply Russia with rockets\"")), RELATION + ".evidence[0].text",
                "which is \"North Korea will supply Russia with shells\"");
        assertProblem(onlyError(validWith("\"text\": \"officials said\"", "\"text\": \"officials say\"")),
                RELATION + ".attribution.cue.text", "span text \"officials say\" differs", "which is \"officials said\"");
    }

    @Test
    void relationWithoutEvidence() {
        String evidence = "\"evidence\": [{\"start\": 0, \"end\": 42, \"text\": \"North Korea will supply Russia with shells\"}],";
        assertProblem(onlyError(validWith(evidence, "\"evidence\": [],")), RELATION + ".evidence",
                "a relation needs evidence: expected one or more spans");
        assertProblem(onlyError(validWith(evidence, "")), RELATION, "missing required field \"evidence\"");
    }

    @Test
    void badDates() {
        assertProblem(onlyError(validWith("\"date\": \"2023-09\",", "\"date\": \"2023-13\",")), ARTICLE + ".date",
                "bad date \"2023-13\": expected an ISO 8601 date \"2023\", \"2023-09\", \"2023-09-10\" or a period");
        assertProblem(onlyError(validWith("\"date\": \"2023-09-10/2023-09-13\"", "\"date\": \"10.09.2023\"")),
                RELATION + ".date", "bad date \"10.09.2023\"");
        assertProblem(onlyError(validWith("\"date\": \"2023-09-10/2023-09-13\"", "\"date\": \"2023-09-13/2023-09-10\"")),
                RELATION + ".date", "the period ends before it starts");
    }

    @Test
    void badColour() {
        assertProblem(onlyError(validWith("\"color\": \"#D62728\"", "\"color\": \"red\"")), "$.relationTypes[0].color",
                "bad colour \"red\": expected \"#RRGGBB\"");
        assertProblem(onlyError(validWith("\"color\": \"#D62728\"", "\"color\": \"#D6272\"")), "$.relationTypes[0].color",
                "bad colour \"#D6272\"");
    }

    @Test
    void anotherFormatIsTheOnlyProblemReported() {
        String json = validWith("\"actorgraph-corpus\"", "\"geojson\"").replace("\"title\"", "\"name\"");
        assertProblem(onlyError(json), "$.format", "expected \"actorgraph-corpus\", found \"geojson\"",
                "not an ActorGraph corpus file");
    }

    @Test
    void versionProblems() {
        assertProblem(onlyError(validWith("\"version\": 1,", "\"version\": 2,")), "$.version",
                "the file has format version 2, but this ActorGraph reads corpus files up to version 1");
        assertProblem(onlyError(validWith("\"version\": 1,", "")), "$", "missing required field \"version\"");
        assertProblem(onlyError(validWith("\"version\": 1,", "\"version\": 0,")), "$.version",
                "format version 0 does not exist");
        assertProblem(onlyError(validWith("\"format\": \"actorgraph-corpus\",", "")), "$",
                "missing required field \"format\": expected \"actorgraph-corpus\"");
    }

    @Test
    void missingVersionStillReportsTheOtherProblems() {
        String json = validWith("\"version\": 1,", "").replace("\"#D62728\"", "\"red\"");
        assertEquals(2, read(json).errors().size(), read(json).report());
    }

    @Test
    void unknownFieldsAreWarningsThatDoNotBlockLoading() {
        LoadResult result = read(validWith("\"color\": \"#D62728\"", "\"colour\": \"#D62728\", \"color\": \"#D62728\"")
                .replace("\"title\": \"Arms talks\",", "\"title\": \"Arms talks\", \"editor\": \"me\","));

        assertTrue(result.isValid(), result.report());
        assertEquals(2, result.warnings().size(), result.report());
        assertProblem(result.warnings().get(0), "$.editor", "unknown field \"editor\" is ignored");
        assertProblem(result.warnings().get(1), "$.relationTypes[0].colour",
                "unknown field \"colour\" is ignored (did you mean \"color\"? the fields of a relation type are "
                        + "id, label, color, description, cameo, plover)");
    }

    @Test
    void nullMeansAbsentForOptionalFields() {
        LoadResult result = read(validWith("\"outlet\": \"Wire\"", "\"outlet\": null").replace("\"note\": \"unconfirmed\"",
                "\"note\": null"));
        assertTrue(result.isValid(), result.report());
        assertEquals(null, result.requireCorpus().articles().get(0).outlet());
    }

    @Test
    void allProblemsAreReportedTogetherInFileOrder() {
        String json = validWith("\"kind\": \"person\"", "\"kind\": \"leader\"")
                .replace("\"color\": \"#D62728\"", "\"color\": \"red\"")
                .replace("\"source\": \"PRK\"", "\"source\": \"PRKK\"")
                .replace("\"text\": \"officials said\"", "\"text\": \"officials say\"");
        json = replaceOnce(json, "\"evidence\": [{\"start\": 0, \"end\": 42,", "\"evidence\": [{\"start\": 0, \"end\": 420,");

        LoadResult result = read(json);

        assertTrue(result.corpus().isEmpty());
        assertEquals(List.of("$.actors[2].kind", "$.relationTypes[0].color", RELATION + ".source",
                        RELATION + ".attribution.cue.text", RELATION + ".evidence[0].end"),
                result.errors().stream().map(Problem::location).toList(), result.report());
    }

    @Test
    void aBadRelationDoesNotHideTheNextOne() {
        String relation = "{\"id\": \"%s\", \"source\": \"%s\", \"target\": \"RUS\", \"type\": \"arms_supply\", "
                + "\"status\": \"%s\", \"evidence\": [{\"start\": 0, \"end\": 11}]}";
        String relations = String.join(",\n", List.of(String.format(relation, "r2", "XXX", "reported"),
                String.format(relation, "r3", "PRK", "maybe"), String.format(relation, "r4", "YYY", "reported")));
        String json = validWith("\"note\": \"unconfirmed\"\n        }", "\"note\": \"unconfirmed\"\n        },\n" + relations);

        List<String> locations = read(json).errors().stream().map(Problem::location).toList();

        assertEquals(List.of(ARTICLE + ".relations[1].source", ARTICLE + ".relations[2].status",
                ARTICLE + ".relations[3].source"), locations);
    }
}
