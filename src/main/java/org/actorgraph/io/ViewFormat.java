package org.actorgraph.io;

import static org.actorgraph.io.ObjectShape.optional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Focus;
import org.actorgraph.model.FocusDirection;
import org.actorgraph.model.OverviewSetting;
import org.actorgraph.model.SavedView;

/** The vocabulary of the saved view file format (docs/view-format.md), version {@value #VERSION}. */
final class ViewFormat {

    static final String FORMAT_NAME = "actorgraph-view";
    static final int VERSION = SavedView.FORMAT_VERSION;

    private static final String DAY = "an ISO date \"2023\", \"2023-09\" or \"2023-09-10\"";

    static final ObjectShape VIEW = new ObjectShape("view", List.of(
            ObjectShape.required("format", "\"" + FORMAT_NAME + "\""),
            ObjectShape.required("version", "an integer, the format version (this ActorGraph reads up to "
                    + VERSION + ")"),
            optional("corpus", "a string, the corpus file name"),
            optional("peopleSeparately", "true or false"),
            optional("filters", "an object of filter criteria"),
            optional("positions", "an object of actor ids to positions [x, y]"),
            optional("pinned", "an array of actor ids"),
            optional("viewport", "an object {scale, centreX, centreY}"),
            optional("selection", "an object {actor} or {relation}"),
            optional("story", "an object {title, steps}"),
            optional("overview", "an object {mode, k, metric, expanded}")));

    static final ObjectShape OVERVIEW = new ObjectShape("overview", List.of(
            ObjectShape.required("mode", "one of " + modeNames()),
            optional("k", "an integer >= 1, how many actors the top-K overview keeps"),
            optional("metric", "one of " + metricNames()),
            optional("expanded", "an array of actor ids, each naming an expanded community by its most "
                    + "central member")));

    static final ObjectShape STORY = new ObjectShape("story", List.of(
            optional("title", "a string, the story's title"),
            ObjectShape.required("steps", "an array of steps {relations, title, note}")));

    static final ObjectShape STEP = new ObjectShape("step", List.of(
            ObjectShape.required("relations", "an array of relation ids (claims of the corpus)"),
            optional("title", "a string, the step's heading"),
            optional("note", "a string, a remark on the step")));

    static final ObjectShape FILTERS = new ObjectShape("filters", List.of(
            optional("hiddenTypeIds", "an array of relation type ids"),
            optional("hiddenCertainties", "an array of certainties, each one of " + certaintyNames()),
            optional("hiddenStatuses", "an array of statuses, each one of " + CorpusFormat.statusNames()),
            optional("hiddenActorIds", "an array of actor ids"),
            optional("hideIsolated", "true or false"),
            optional("onlyArticleIds", "an array of article ids"),
            optional("onlyOutlets", "an array of outlet names (\"\" for articles without outlet)"),
            optional("onlyAttributions", "an array of claimants (\"\" for claims in the outlet's own voice)"),
            optional("onlyTouchingActorIds", "an array of actor ids"),
            optional("from", DAY + ", the first day shown"),
            optional("to", DAY + ", the last day shown"),
            optional("keepUndated", "true or false"),
            optional("minEvidence", "an integer >= 1"),
            optional("focus", "an object {actorId, depth, direction}")));

    static final ObjectShape FOCUS = new ObjectShape("focus", List.of(
            ObjectShape.required("actorId", "an actor id"),
            ObjectShape.required("depth", "an integer from 1 to " + Focus.MAX_DEPTH),
            ObjectShape.required("direction", "one of " + directionNames())));

    static final ObjectShape VIEWPORT = new ObjectShape("viewport", List.of(
            ObjectShape.required("scale", "a number > 0, the zoom factor (1 = 100 %)"),
            ObjectShape.required("centreX", "a number, the drawing x at the centre of the window"),
            ObjectShape.required("centreY", "a number, the drawing y at the centre of the window")));

    static final ObjectShape SELECTION = new ObjectShape("selection", List.of(
            optional("actor", "an actor id"),
            optional("relation", "an aggregated relation id \"SOURCE|TYPE|TARGET\"")));

    private ViewFormat() {
    }

    static String jsonName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** An overview mode or centrality in a file: lower case, words joined by "-" ({@code "top-k"}). */
    static String hyphenatedName(Enum<?> value) {
        return jsonName(value).replace('_', '-');
    }

    static String modeNames() {
        return hyphenatedNames(OverviewSetting.Mode.values());
    }

    static String metricNames() {
        return hyphenatedNames(OverviewSetting.Centrality.values());
    }

    private static String hyphenatedNames(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> "\"" + hyphenatedName(v) + "\"").collect(Collectors.joining(", "));
    }

    static String certaintyNames() {
        return names(Certainty.values());
    }

    static String directionNames() {
        return names(FocusDirection.values());
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> "\"" + jsonName(v) + "\"").collect(Collectors.joining(", "));
    }
}
