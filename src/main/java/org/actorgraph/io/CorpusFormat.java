package org.actorgraph.io;

import static org.actorgraph.io.ObjectShape.optional;
import static org.actorgraph.io.ObjectShape.required;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Status;

/** The vocabulary of the corpus file format (docs/corpus-format.md), version {@value #VERSION}. */
final class CorpusFormat {

    static final String FORMAT_NAME = "actorgraph-corpus";
    static final int VERSION = Corpus.FORMAT_VERSION;

    static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private static final String SPAN_START = "an integer >= 0 (a UTF-16 offset into the article text)";
    private static final String SPAN_END = "an integer >= start (the UTF-16 offset just past the span)";
    private static final String SPAN_TEXT = "a string, exactly the article text the span covers";
    private static final String DATE = "an ISO 8601 date \"2023\", \"2023-09\", \"2023-09-10\" "
            + "or a period \"2023-09-10/2023-09-13\"";

    static final ObjectShape CORPUS = new ObjectShape("corpus", List.of(
            required("format", "\"" + FORMAT_NAME + "\""),
            required("version", "an integer, the format version (this ActorGraph reads up to " + VERSION + ")"),
            optional("title", "a string"),
            required("actors", "an array of actors"),
            required("relationTypes", "an array of relation types"),
            required("articles", "an array of articles")));

    static final ObjectShape ACTOR = new ObjectShape("actor", List.of(
            required("id", "a non-empty string, unique among actors"),
            required("name", "a non-empty string, the display name"),
            required("kind", "one of " + kindNames()),
            optional("aliases", "an array of strings"),
            optional("affiliation", "the id of another actor")));

    static final ObjectShape RELATION_TYPE = new ObjectShape("relation type", List.of(
            required("id", "a non-empty string, unique among relation types"),
            required("label", "a non-empty string, the display name"),
            required("color", "a colour \"#RRGGBB\""),
            optional("description", "a string"),
            optional("cameo", "an array of CAMEO codes written as strings, such as [\"072\"]"),
            optional("plover", "a string, the PLOVER category")));

    static final ObjectShape ARTICLE = new ObjectShape("article", List.of(
            required("id", "a non-empty string, unique among articles"),
            required("title", "a string"),
            optional("outlet", "a string"),
            optional("date", DATE),
            optional("url", "a string"),
            optional("provenance", "an object {tool, file}: where an importer took the article from"),
            required("text", "a string, the full article text"),
            optional("mentions", "an array of mentions {actor, start, end, text}"),
            optional("relations", "an array of relations"),
            optional("notes", "an array of strings, annotators' remarks on the whole article")));

    static final ObjectShape PROVENANCE = new ObjectShape("provenance", List.of(
            required("tool", "a non-empty string, the tool or data set, such as \"brat\" or \"gdelt\""),
            required("file", "a non-empty string, the name of the file the article was imported from")));

    static final ObjectShape MENTION = new ObjectShape("mention", List.of(
            required("actor", "an actor id"),
            required("start", SPAN_START),
            required("end", SPAN_END),
            optional("text", SPAN_TEXT)));

    static final ObjectShape RELATION = new ObjectShape("relation", List.of(
            required("id", "a non-empty string, unique among all relations of the corpus"),
            required("source", "an actor id"),
            required("target", "an actor id"),
            required("type", "a relation type id"),
            required("status", "one of " + statusNames()),
            optional("negated", "true or false"),
            optional("date", DATE),
            optional("attribution", "an object {by, cue}"),
            required("evidence", "an array of one or more spans {start, end, text}"),
            optional("note", "a string"),
            optional("measures", "an object of named numbers, such as {\"NumMentions\": 12}")));

    static final ObjectShape ATTRIBUTION = new ObjectShape("attribution", List.of(
            required("by", "a non-empty string, who makes the claim"),
            optional("cue", "a span {start, end, text}")));

    static final ObjectShape SPAN = new ObjectShape("span", List.of(
            required("start", SPAN_START),
            required("end", SPAN_END),
            optional("text", SPAN_TEXT)));

    private CorpusFormat() {
    }

    /** Reads an actor kind as written in a file; case and surrounding blanks are forgiven, like statuses. */
    static Optional<ActorKind> kind(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(ActorKind.values()).filter(k -> k.jsonName().equals(key)).findFirst();
    }

    static String kindNames() {
        return Arrays.stream(ActorKind.values()).map(k -> "\"" + k.jsonName() + "\"")
                .collect(Collectors.joining(", "));
    }

    static String statusNames() {
        return Arrays.stream(Status.values()).map(s -> "\"" + s.jsonName() + "\"")
                .collect(Collectors.joining(", ")) + " (\"asserted\" means \"reported\")";
    }
}
