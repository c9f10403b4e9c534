package org.actorgraph.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Focus;
import org.actorgraph.model.FocusDirection;
import org.actorgraph.model.OverviewSetting;
import org.actorgraph.model.Point;
import org.actorgraph.model.SavedView;
import org.actorgraph.model.Status;
import org.actorgraph.model.Story;
import org.actorgraph.model.StoryStep;
import org.actorgraph.model.ViewportState;

/**
 * Reads a saved view file (format: docs/view-format.md) and validates it completely, like
 * {@link CorpusReader} reads a corpus.
 *
 * <p>Contract:
 * <ul>
 *   <li>Never throws for bad input: a missing or unreadable file, bytes that are not UTF-8,
 *       malformed JSON and invalid content all end up as {@link Problem}s of the result; syntax
 *       problems with {@code line:column}, content problems with their JSON path.</li>
 *   <li>Reports every content problem, including unknown statuses, certainties and directions and
 *       values out of range; unknown fields are warnings and are ignored.</li>
 *   <li>Returns a view only when there are no errors.</li>
 *   <li>Does not check ids against a corpus: the file may be opened before its corpus. Call
 *       {@link #unknownIds} once the corpus is loaded.</li>
 * </ul>
 * Instances hold no state, so one reader may be shared and used from several threads.
 */
public final class ViewFileReader {

    /** How group vertices' ids begin in the window; a file names a community by an actor id instead. */
    private static final String GROUP_ID_PREFIX = "group:";

    private static final FormatHeader HEADER = new FormatHeader(ViewFormat.FORMAT_NAME, ViewFormat.VERSION, "view file");

    /** Reads a view file; problems name the file by its file name. */
    public ViewReadResult read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Problems problems = new Problems(name);
        byte[] bytes = CorpusReader.readBytes(file, "a view file", problems);
        String text = bytes == null ? null : Utf8.decode(bytes, problems);
        return text == null ? result(problems, null) : read(text, problems);
    }

    /**
     * Reads a view from its text.
     *
     * @param sourceName how problems name the source, usually a file name
     */
    public ViewReadResult read(String text, String sourceName) {
        return read(Utf8.dropByteOrderMark(text), new Problems(sourceName));
    }

    /**
     * The ids the view names that {@code corpus} does not know, each once: {@code "actor X"},
     * {@code "relation type T"}, {@code "article A"}, {@code "relation R"} (in that order, each group
     * sorted). Covers the
     * filters (hidden types and actors, articles, actors to touch, the focus), positions, pinned
     * actors, the actors naming expanded communities of the overview and the selection (an actor, or the source, type and target of a relation), then the
     * claims of the story ({@code "relation R"}, sorted). Outlets and claimants are names, not ids,
     * and are not checked.
     */
    public List<String> unknownIds(SavedView view, Corpus corpus) {
        Set<String> actors = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        Set<String> articles = new TreeSet<>();
        FilterCriteria criteria = view.criteria();
        actors.addAll(criteria.hiddenActorIds());
        actors.addAll(criteria.onlyTouchingActorIds());
        if (criteria.focus() != null) {
            actors.add(criteria.focus().actorId());
        }
        actors.addAll(view.positions().keySet());
        actors.addAll(view.pinnedActorIds());
        if (view.selectedActorId() != null) {
            actors.add(view.selectedActorId());
        }
        if (view.overview() != null) {
            actors.addAll(view.overview().expandedLeaderIds());
        }
        if (view.selectedRelationId() != null) {
            String[] parts = view.selectedRelationId().split("\\|", -1);
            if (parts.length == 3) {
                actors.add(parts[0]);
                types.add(parts[1]);
                actors.add(parts[2]);
            }
        }
        types.addAll(criteria.hiddenTypeIds());
        articles.addAll(criteria.onlyArticleIds());
        List<String> unknown = new ArrayList<>();
        actors.stream().filter(id -> corpus.actor(id).isEmpty()).map(id -> "actor " + id).forEach(unknown::add);
        types.stream().filter(id -> corpus.relationType(id).isEmpty()).map(id -> "relation type " + id)
                .forEach(unknown::add);
        articles.stream().filter(id -> corpus.article(id).isEmpty()).map(id -> "article " + id).forEach(unknown::add);
        if (view.story() != null) {
            Set<String> known = new HashSet<>();
            corpus.relations().forEach(r -> known.add(r.id()));
            new TreeSet<>(view.story().relationIds()).stream().filter(id -> !known.contains(id))
                    .map(id -> "relation " + id).forEach(unknown::add);
        }
        return List.copyOf(unknown);
    }

    private static ViewReadResult read(String text, Problems problems) {
        JsonElement root = StrictJsonParser.parse(text, problems);
        SavedView view = root == null ? null : new Decoder(problems).decode(root);
        return result(problems, problems.hasErrors() ? null : view);
    }

    private static ViewReadResult result(Problems problems, SavedView view) {
        return new ViewReadResult(problems.file(), Optional.ofNullable(view), problems.list());
    }

    /** Turns the JSON tree into a view, reporting every problem of its content. */
    private static final class Decoder {

        private final Problems problems;

        Decoder(Problems problems) {
            this.problems = problems;
        }

        SavedView decode(JsonElement root) {
            if (!root.isJsonObject()) {
                problems.error(JsonPath.ROOT, "expected a JSON object {\"format\": \"" + ViewFormat.FORMAT_NAME
                        + "\", \"version\": " + ViewFormat.VERSION + ", ...}, found " + Describe.found(root));
                return null;
            }
            JsonFields top = new JsonFields(root.getAsJsonObject(), JsonPath.ROOT, ViewFormat.VIEW, problems);
            if (!checkFormat(top) || !checkVersion(top)) {
                return null;
            }
            top.warnUnknownFields();
            String corpus = top.string("corpus");
            boolean peopleSeparately = top.bool("peopleSeparately", false);
            FilterCriteria criteria = top.has("filters") ? filters(top.element("filters"), top.path("filters"))
                    : FilterCriteria.NONE;
            Map<String, Point> positions = top.has("positions")
                    ? positions(top.element("positions"), top.path("positions")) : Map.of();
            Set<String> pinned = new LinkedHashSet<>(top.stringList("pinned"));
            ViewportState viewport = top.has("viewport") ? viewport(top.element("viewport"), top.path("viewport"))
                    : null;
            String[] selection = top.has("selection") ? selection(top.element("selection"), top.path("selection"))
                    : new String[2];
            Story story = top.has("story") ? story(top.element("story"), top.path("story")) : null;
            OverviewSetting overview = top.has("overview")
                    ? overview(top.element("overview"), top.path("overview")) : null;
            if (problems.hasErrors()) {
                return null;
            }
            return new SavedView(corpus, peopleSeparately, criteria, positions, pinned, viewport, selection[0],
                    selection[1], story, overview);
        }

        private boolean checkFormat(JsonFields top) {
            String format = top.string("format");
            String hint = CorpusFormat.FORMAT_NAME.equals(format)
                    ? ": this is a corpus, not a view; open it as a corpus" : ": this is not an ActorGraph view file";
            return HEADER.checkFormat(top, problems, hint);
        }

        private boolean checkVersion(JsonFields top) {
            return HEADER.checkVersion(top, problems);
        }

        private FilterCriteria filters(JsonElement element, JsonPath path) {
            JsonFields fields = JsonFields.of(element, path, ViewFormat.FILTERS, problems);
            if (fields == null) {
                return FilterCriteria.NONE;
            }
            Set<String> hiddenTypes = new LinkedHashSet<>(fields.stringList("hiddenTypeIds"));
            Set<Certainty> certainties = names(fields, "hiddenCertainties", Certainty.class,
                    name -> Arrays.stream(Certainty.values()).filter(c -> ViewFormat.jsonName(c).equals(name))
                            .findFirst(), ViewFormat.certaintyNames());
            Set<Status> statuses = names(fields, "hiddenStatuses", Status.class, Status::fromJsonName,
                    CorpusFormat.statusNames());
            Set<String> hiddenActors = new LinkedHashSet<>(fields.stringList("hiddenActorIds"));
            boolean hideIsolated = fields.bool("hideIsolated", false);
            Set<String> articles = new LinkedHashSet<>(fields.stringList("onlyArticleIds"));
            Set<String> outlets = new LinkedHashSet<>(fields.stringList("onlyOutlets"));
            Set<String> attributions = new LinkedHashSet<>(fields.stringList("onlyAttributions"));
            Set<String> touching = new LinkedHashSet<>(fields.stringList("onlyTouchingActorIds"));
            LocalDate from = day(fields, "from", true);
            LocalDate to = day(fields, "to", false);
            if (from != null && to != null && to.isBefore(from)) {
                problems.error(fields.path("to"), "the period ends (" + to + ") before it starts (" + from
                        + "): expected \"to\" on or after \"from\"");
                to = null;
            }
            boolean keepUndated = fields.bool("keepUndated", true);
            Integer minEvidence = fields.integer("minEvidence");
            if (minEvidence != null && minEvidence < 1) {
                problems.error(fields.path("minEvidence"), "minimum evidence " + minEvidence
                        + " is too small: expected an integer >= 1 (1 shows every edge)");
                minEvidence = null;
            }
            Focus focus = fields.has("focus") ? focus(fields.element("focus"), fields.path("focus")) : null;
            return new FilterCriteria(hiddenTypes, certainties, statuses, hiddenActors, hideIsolated, articles, outlets,
                    attributions, touching, from, to, keepUndated, minEvidence == null ? 1 : minEvidence, focus);
        }

        private <E extends Enum<E>> Set<E> names(JsonFields fields, String field, Class<E> type,
                                                 Function<String, Optional<E>> parse, String choices) {
            Set<E> result = EnumSet.noneOf(type);
            List<String> names = fields.stringList(field);
            JsonArray array = names.isEmpty() ? null : fields.array(field);
            for (int i = 0; array != null && i < array.size(); i++) {
                JsonElement item = array.get(i);
                if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                    continue; // reported by stringList
                }
                Optional<E> value = parse.apply(item.getAsString());
                if (value.isPresent()) {
                    result.add(value.get());
                } else {
                    String what = field.equals("hiddenStatuses") ? "status" : "certainty";
                    problems.error(fields.path(field).index(i), "unknown " + what + " "
                            + Describe.quote(item.getAsString()) + ": expected one of " + choices);
                }
            }
            return result;
        }

        /** A date bound: the first day of the date given for "from", the last day for "to". */
        private LocalDate day(JsonFields fields, String field, boolean first) {
            String text = fields.string(field);
            if (text == null) {
                return null;
            }
            Optional<DatePeriod> date = text.contains("/") ? Optional.empty() : DatePeriod.parse(text);
            if (date.isEmpty()) {
                problems.error(fields.path(field), "bad date " + Describe.quote(text) + ": expected "
                        + ViewFormat.FILTERS.field(field).expected());
                return null;
            }
            return first ? date.get().first() : date.get().last();
        }

        private Focus focus(JsonElement element, JsonPath path) {
            JsonFields fields = JsonFields.of(element, path, ViewFormat.FOCUS, problems);
            if (fields == null) {
                return null;
            }
            String actor = fields.nonBlankString("actorId");
            Integer depth = fields.integer("depth");
            if (depth != null && (depth < 1 || depth > Focus.MAX_DEPTH)) {
                problems.error(fields.path("depth"), "depth " + depth + " is out of range: expected "
                        + ViewFormat.FOCUS.field("depth").expected());
                depth = null;
            }
            String directionName = fields.string("direction");
            FocusDirection direction = null;
            if (directionName != null) {
                direction = Arrays.stream(FocusDirection.values())
                        .filter(d -> ViewFormat.jsonName(d).equals(directionName)).findFirst().orElse(null);
                if (direction == null) {
                    problems.error(fields.path("direction"), "unknown direction " + Describe.quote(directionName)
                            + ": expected one of " + ViewFormat.directionNames());
                }
            }
            return actor == null || depth == null || direction == null ? null : new Focus(actor, depth, direction);
        }

        private OverviewSetting overview(JsonElement element, JsonPath path) {
            JsonFields fields = JsonFields.of(element, path, ViewFormat.OVERVIEW, problems);
            if (fields == null) {
                return null;
            }
            String modeName = fields.string("mode");
            OverviewSetting.Mode mode = modeName == null ? null
                    : hyphenated(OverviewSetting.Mode.values(), modeName);
            if (modeName != null && mode == null) {
                problems.error(fields.path("mode"), "unknown overview " + Describe.quote(modeName)
                        + ": expected one of " + ViewFormat.modeNames());
            }
            Integer k = fields.integer("k");
            if (k != null && k < 1) {
                problems.error(fields.path("k"), "k " + k + " is too small: expected "
                        + ViewFormat.OVERVIEW.field("k").expected());
                k = null;
            }
            String metricName = fields.string("metric");
            OverviewSetting.Centrality metric = metricName == null ? OverviewSetting.Centrality.DEGREE
                    : hyphenated(OverviewSetting.Centrality.values(), metricName);
            if (metric == null) {
                problems.error(fields.path("metric"), "unknown centrality " + Describe.quote(metricName)
                        + ": expected one of " + ViewFormat.metricNames());
            }
            List<String> expanded = fields.stringList("expanded");
            JsonArray array = expanded.isEmpty() ? null : fields.array("expanded");
            for (int i = 0; array != null && i < array.size(); i++) {
                JsonElement item = array.get(i);
                if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                    continue; // reported by stringList
                }
                String id = item.getAsString();
                if (id.isBlank()) {
                    problems.error(fields.path("expanded").index(i), "expected an actor id, found an empty string");
                } else if (id.startsWith(GROUP_ID_PREFIX)) {
                    problems.error(fields.path("expanded").index(i), "expected the id of the actor a community is "
                            + "named after, found the group id " + Describe.quote(id));
                }
            }
            if (mode == null || metric == null) {
                return null;
            }
            return new OverviewSetting(mode, k == null ? OverviewSetting.DEFAULT_TOP_K : k, metric,
                    new LinkedHashSet<>(expanded));
        }

        private static <E extends Enum<E>> E hyphenated(E[] values, String name) {
            return Arrays.stream(values).filter(v -> ViewFormat.hyphenatedName(v).equals(name)).findFirst()
                    .orElse(null);
        }

        private Map<String, Point> positions(JsonElement element, JsonPath path) {
            Map<String, Point> positions = new LinkedHashMap<>();
            if (!element.isJsonObject()) {
                problems.error(path, "expected " + ViewFormat.VIEW.field("positions").expected() + ", found "
                        + Describe.found(element));
                return positions;
            }
            for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
                JsonPath at = path.field(entry.getKey());
                JsonElement value = entry.getValue();
                if (!value.isJsonArray() || value.getAsJsonArray().size() != 2) {
                    problems.error(at, "expected a position [x, y] of two numbers, found " + describeArray(value));
                    continue;
                }
                Double x = number(value.getAsJsonArray().get(0), at.index(0), "a number, the x of the position");
                Double y = number(value.getAsJsonArray().get(1), at.index(1), "a number, the y of the position");
                if (x != null && y != null) {
                    positions.put(entry.getKey(), new Point(x, y));
                }
            }
            return positions;
        }

        private static String describeArray(JsonElement value) {
            return value.isJsonArray() ? "an array of " + value.getAsJsonArray().size() : Describe.found(value);
        }

        private ViewportState viewport(JsonElement element, JsonPath path) {
            if (element == null || !element.isJsonObject()) {
                problems.error(path, "expected " + ViewFormat.VIEW.field("viewport").expected() + ", found "
                        + Describe.found(element));
                return null;
            }
            JsonFields fields = JsonFields.of(element, path, ViewFormat.VIEWPORT, problems);
            JsonObject object = element.getAsJsonObject();
            Double scale = required(fields, object, "scale");
            Double x = required(fields, object, "centreX");
            Double y = required(fields, object, "centreY");
            if (scale != null && !(scale > 0)) {
                problems.error(path.field("scale"), "zoom factor " + scale + " is not positive: expected "
                        + ViewFormat.VIEWPORT.field("scale").expected());
                return null;
            }
            return scale == null || x == null || y == null ? null : new ViewportState(scale, x, y);
        }

        private Double required(JsonFields fields, JsonObject object, String field) {
            JsonElement value = object.get(field);
            if (value == null || value.isJsonNull()) {
                problems.error(fields.path(), "missing required field \"" + field + "\": expected "
                        + ViewFormat.VIEWPORT.field(field).expected());
                return null;
            }
            return number(value, fields.path(field), ViewFormat.VIEWPORT.field(field).expected());
        }

        /** A finite number, or null after reporting what was found instead. */
        private Double number(JsonElement value, JsonPath path, String expected) {
            if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
                double number = value.getAsDouble();
                if (Double.isFinite(number)) {
                    return number;
                }
                problems.error(path, "number " + value.getAsString() + " is too large: expected " + expected);
                return null;
            }
            problems.error(path, "expected " + expected + ", found " + Describe.found(value));
            return null;
        }

        private Story story(JsonElement element, JsonPath path) {
            JsonFields fields = JsonFields.of(element, path, ViewFormat.STORY, problems);
            if (fields == null) {
                return null;
            }
            String title = fields.string("title");
            JsonArray array = fields.array("steps");
            List<StoryStep> steps = new ArrayList<>();
            for (int i = 0; array != null && i < array.size(); i++) {
                StoryStep step = step(array.get(i), fields.path("steps").index(i));
                if (step != null) {
                    steps.add(step);
                }
            }
            return new Story(title, steps);
        }

        private StoryStep step(JsonElement element, JsonPath path) {
            JsonFields fields = JsonFields.of(element, path, ViewFormat.STEP, problems);
            if (fields == null) {
                return null;
            }
            List<String> relations = fields.stringList("relations");
            JsonArray array = relations.isEmpty() ? null : fields.array("relations");
            for (int i = 0; array != null && i < array.size(); i++) {
                JsonElement item = array.get(i);
                if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString() && item.getAsString().isBlank()) {
                    problems.error(fields.path("relations").index(i), "expected a relation id, found an empty string");
                }
            }
            return new StoryStep(relations, fields.string("title"), fields.string("note"));
        }

        /** {actor id, relation id}, at most one of them set. */
        private String[] selection(JsonElement element, JsonPath path) {
            String[] selection = new String[2];
            JsonFields fields = JsonFields.of(element, path, ViewFormat.SELECTION, problems);
            if (fields == null) {
                return selection;
            }
            selection[0] = fields.nonBlankString("actor");
            selection[1] = fields.nonBlankString("relation");
            if (selection[0] != null && selection[1] != null) {
                problems.error(path, "a selection is an actor or a relation, not both: expected {\"actor\": ID} or "
                        + "{\"relation\": \"SOURCE|TYPE|TARGET\"}");
            }
            if (selection[1] != null && selection[1].split("\\|", -1).length != 3) {
                problems.error(path.field("relation"), "bad relation id " + Describe.quote(selection[1])
                        + ": expected " + ViewFormat.SELECTION.field("relation").expected());
            }
            return selection;
        }
    }
}
