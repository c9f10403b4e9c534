package org.actorgraph.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything needed to reproduce a figure exactly: which corpus, what is filtered, which overview
 * is drawn, where every actor is drawn, which are pinned, the zoom, and what is selected. Saved as a small JSON file next
 * to the corpus; the command-line export can take one.
 *
 * @param corpusFile the corpus file name, relative to the view file's folder when possible
 * @param peopleSeparately whether people are drawn on their own instead of rolled up
 * @param criteria the filters
 * @param positions drawing position per actor id
 * @param pinnedActorIds actors the user pinned
 * @param viewport zoom and centre, or null to fit the window
 * @param selectedActorId the selected actor, or null
 * @param selectedRelationId the selected edge (an aggregated relation id), or null
 * @param story the presentation saved with the view, or null when there is none
 * @param overview the overview of big graphs (View › Overview), or null when the view does not say
 *     (files written before it was kept): opening such a view leaves the overview as it is
 */
public record SavedView(String corpusFile, boolean peopleSeparately, FilterCriteria criteria,
                        Map<String, Point> positions, Set<String> pinnedActorIds, ViewportState viewport,
                        String selectedActorId, String selectedRelationId, Story story,
                        OverviewSetting overview) {

    /** The version of the view file format. */
    public static final int FORMAT_VERSION = 1;

    public SavedView {
        criteria = Objects.requireNonNullElse(criteria, FilterCriteria.NONE);
        positions = Map.copyOf(Objects.requireNonNullElse(positions, Map.of()));
        pinnedActorIds = Set.copyOf(Objects.requireNonNullElse(pinnedActorIds, Set.of()));
    }

    /** A view that does not say which overview it shows. */
    public SavedView(String corpusFile, boolean peopleSeparately, FilterCriteria criteria,
                     Map<String, Point> positions, Set<String> pinnedActorIds, ViewportState viewport,
                     String selectedActorId, String selectedRelationId, Story story) {
        this(corpusFile, peopleSeparately, criteria, positions, pinnedActorIds, viewport, selectedActorId,
                selectedRelationId, story, null);
    }

    /** A view without a story. */
    public SavedView(String corpusFile, boolean peopleSeparately, FilterCriteria criteria,
                     Map<String, Point> positions, Set<String> pinnedActorIds, ViewportState viewport,
                     String selectedActorId, String selectedRelationId) {
        this(corpusFile, peopleSeparately, criteria, positions, pinnedActorIds, viewport, selectedActorId,
                selectedRelationId, null);
    }

    /** The presentation saved with the view, if any. */
    public Optional<Story> presentation() {
        return Optional.ofNullable(story);
    }

    /** This view with another story (null for none). */
    public SavedView withStory(Story newStory) {
        return new SavedView(corpusFile, peopleSeparately, criteria, positions, pinnedActorIds, viewport,
                selectedActorId, selectedRelationId, newStory, overview);
    }

    /** This view with another overview (null for none said). */
    public SavedView withOverview(OverviewSetting newOverview) {
        return new SavedView(corpusFile, peopleSeparately, criteria, positions, pinnedActorIds, viewport,
                selectedActorId, selectedRelationId, story, newOverview);
    }
}
