package org.actorgraph.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.OverviewSetting;
import org.actorgraph.model.Point;
import org.actorgraph.model.SavedView;
import org.actorgraph.model.Story;
import org.actorgraph.model.StoryStep;
import org.actorgraph.model.ViewportState;

/**
 * Writes a saved view in the format of docs/view-format.md: current version, fields in documented
 * order, filter criteria only when they differ from the default, ids and positions sorted so that
 * saving the same view twice gives the same bytes. Reading the file back with
 * {@link ViewFileReader} gives an equal {@link SavedView}.
 *
 * <p>The file is replaced atomically ({@link AtomicFiles}): it holds either the old or the new view,
 * never half of one. Instances hold no state.
 */
public final class ViewFileWriter {

    /**
     * Writes the view to {@code file}.
     *
     * @throws IOException if the file cannot be written; it is then unchanged
     * @throws IllegalArgumentException if the view cannot be written as JSON (a position or the
     *     viewport is not a finite number), selects both an actor and a relation, or names an expanded
     *     community by something other than an actor id; nothing is written
     */
    public void write(SavedView view, Path file) throws IOException {
        byte[] content = toJson(view).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(content));
    }

    /** The view as the text {@link #write} puts in a file. */
    public String toJson(SavedView view) {
        return JsonLayout.format(encode(view));
    }

    private static JsonObject encode(SavedView view) {
        if (view.selectedActorId() != null && view.selectedRelationId() != null) {
            throw new IllegalArgumentException("a view selects an actor or a relation, not both");
        }
        JsonObject root = new JsonObject();
        root.addProperty("format", ViewFormat.FORMAT_NAME);
        root.addProperty("version", ViewFormat.VERSION);
        if (view.corpusFile() != null) {
            root.addProperty("corpus", view.corpusFile());
        }
        root.addProperty("peopleSeparately", view.peopleSeparately());
        JsonObject filters = filters(view.criteria());
        if (filters.size() > 0) {
            root.add("filters", filters);
        }
        JsonObject positions = new JsonObject();
        for (Map.Entry<String, Point> entry : new TreeMap<>(view.positions()).entrySet()) {
            JsonArray xy = new JsonArray();
            xy.add(finite(entry.getValue().x(), "x of " + entry.getKey()));
            xy.add(finite(entry.getValue().y(), "y of " + entry.getKey()));
            positions.add(entry.getKey(), xy);
        }
        root.add("positions", positions);
        root.add("pinned", sorted(view.pinnedActorIds()));
        if (view.viewport() != null) {
            ViewportState viewport = view.viewport();
            JsonObject object = new JsonObject();
            object.addProperty("scale", finite(viewport.scale(), "scale"));
            object.addProperty("centreX", finite(viewport.centreX(), "centreX"));
            object.addProperty("centreY", finite(viewport.centreY(), "centreY"));
            root.add("viewport", object);
        }
        if (view.selectedActorId() != null || view.selectedRelationId() != null) {
            JsonObject selection = new JsonObject();
            if (view.selectedActorId() != null) {
                selection.addProperty("actor", view.selectedActorId());
            } else {
                selection.addProperty("relation", view.selectedRelationId());
            }
            root.add("selection", selection);
        }
        if (view.story() != null) {
            root.add("story", story(view.story()));
        }
        if (view.overview() != null) {
            root.add("overview", overview(view.overview()));
        }
        return root;
    }

    /** Mode, K and metric always; the expanded communities (sorted) when there are any. */
    private static JsonObject overview(OverviewSetting overview) {
        JsonObject object = new JsonObject();
        object.addProperty("mode", ViewFormat.hyphenatedName(overview.mode()));
        object.addProperty("k", overview.topK());
        object.addProperty("metric", ViewFormat.hyphenatedName(overview.metric()));
        for (String id : overview.expandedLeaderIds()) {
            if (id.isBlank() || id.startsWith("group:")) {
                throw new IllegalArgumentException("an expanded community is named by an actor id, not \"" + id + "\"");
            }
        }
        if (!overview.expandedLeaderIds().isEmpty()) {
            object.add("expanded", sorted(overview.expandedLeaderIds()));
        }
        return object;
    }

    /** The story with its steps and their claims in presentation order (not sorted: order matters). */
    private static JsonObject story(Story story) {
        JsonObject object = new JsonObject();
        object.addProperty("title", story.title());
        JsonArray steps = new JsonArray();
        for (StoryStep step : story.steps()) {
            JsonObject item = new JsonObject();
            JsonArray relations = new JsonArray();
            step.relationIds().forEach(relations::add);
            item.add("relations", relations);
            item.addProperty("title", step.title());
            item.addProperty("note", step.note());
            steps.add(item);
        }
        object.add("steps", steps);
        return object;
    }

    /** The criteria that differ from {@link FilterCriteria#NONE}, in the order of the record. */
    private static JsonObject filters(FilterCriteria c) {
        JsonObject object = new JsonObject();
        addSet(object, "hiddenTypeIds", c.hiddenTypeIds());
        addSet(object, "hiddenCertainties", c.hiddenCertainties().stream().sorted().map(ViewFormat::jsonName).toList());
        addSet(object, "hiddenStatuses", c.hiddenStatuses().stream().sorted().map(ViewFormat::jsonName).toList());
        addSet(object, "hiddenActorIds", c.hiddenActorIds());
        if (c.hideIsolated()) {
            object.addProperty("hideIsolated", true);
        }
        addSet(object, "onlyArticleIds", c.onlyArticleIds());
        addSet(object, "onlyOutlets", c.onlyOutlets());
        addSet(object, "onlyAttributions", c.onlyAttributions());
        addSet(object, "onlyTouchingActorIds", c.onlyTouchingActorIds());
        addDate(object, "from", c.from());
        addDate(object, "to", c.to());
        if (!c.keepUndated()) {
            object.addProperty("keepUndated", false);
        }
        if (c.minEvidence() != 1) {
            object.addProperty("minEvidence", c.minEvidence());
        }
        if (c.focus() != null) {
            JsonObject focus = new JsonObject();
            focus.addProperty("actorId", c.focus().actorId());
            focus.addProperty("depth", c.focus().depth());
            focus.addProperty("direction", ViewFormat.jsonName(c.focus().direction()));
            object.add("focus", focus);
        }
        return object;
    }

    /** Enum names keep their declaration order; ids are sorted. */
    private static void addSet(JsonObject object, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            JsonArray array = new JsonArray();
            (values instanceof java.util.List<String> list ? list : new TreeSet<>(values)).forEach(array::add);
            object.add(field, array);
        }
    }

    private static void addDate(JsonObject object, String field, LocalDate date) {
        if (date != null) {
            object.addProperty(field, date.toString());
        }
    }

    private static JsonArray sorted(Collection<String> ids) {
        JsonArray array = new JsonArray();
        new TreeSet<>(ids).forEach(array::add);
        return array;
    }

    private static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " is " + value + ", which a view file cannot hold");
        }
        return value;
    }
}
