package org.actorgraph.ui.story;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Certainty;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.filter.FilterViewModel;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.graph.StoryMask;
import org.actorgraph.ui.theme.Theme;
import org.actorgraph.ui.theme.ThemeViewModel;

/**
 * Presentation mode (F5, Esc to leave): the graph full screen in high contrast with large type,
 * the story on, the side panels away, and a compact legend of what is drawn. Leaving restores
 * the theme and whether the story was on.
 */
public final class PresentationViewModel {

    private final StoryViewModel story;
    private final ThemeViewModel themes;
    private final CorpusSession session;
    private final GraphViewModel graph;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyBooleanWrapper timelineShown = new ReadOnlyBooleanWrapper(this, "timelineShown", true);
    private final ObservableList<LegendItem> legend = FXCollections.observableArrayList();
    private boolean storyWasActive;

    public PresentationViewModel(StoryViewModel story, ThemeViewModel themes, CorpusSession session,
                                 GraphViewModel graph) {
        this.story = Objects.requireNonNull(story);
        this.themes = Objects.requireNonNull(themes);
        this.session = Objects.requireNonNull(session);
        this.graph = Objects.requireNonNull(graph);
        presenting.addListener((obs, was, now) -> updateTimeline());
        story.activeProperty().addListener((obs, was, now) -> updateTimeline());
        session.graphProperty().addListener((obs, old, now) -> updateLegend());
        graph.storyMaskProperty().addListener((obs, old, now) -> updateLegend());
        updateLegend();
    }

    private void updateTimeline() {
        timelineShown.set(!presenting.get() || !story.activeProperty().get());
    }

    /** Enters presentation mode: high contrast, the story on at its current step. */
    public void enter() {
        if (presenting.get()) {
            return;
        }
        storyWasActive = story.activeProperty().get();
        story.activeProperty().set(true);
        themes.overrideProperty().set(Theme.HIGH_CONTRAST);
        presenting.set(true);
    }

    /** Leaves presentation mode: the window, theme and story as they were. */
    public void leave() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        themes.overrideProperty().set(null);
        story.activeProperty().set(storyWasActive);
    }

    /** Enters or leaves. */
    public void toggle() {
        if (presenting.get()) {
            leave();
        } else {
            enter();
        }
    }

    /** Turns the story on or off while presenting (S): off shows the whole graph and the timeline. */
    public void toggleStory() {
        story.activeProperty().set(!story.activeProperty().get());
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** Whether the timeline bar is shown: always in the window, in presentation only without the story. */
    public ReadOnlyBooleanProperty timelineShownProperty() {
        return timelineShown.getReadOnlyProperty();
    }

    /** The relation types and certainties drawn now, for the legend overlay. */
    public ObservableList<LegendItem> legend() {
        return legend;
    }

    // The legend lists what is drawn: the types and certainties of the visible claims.
    private void updateLegend() {
        AggregatedGraph shown = session.getGraph();
        if (shown == null) {
            legend.clear();
            return;
        }
        StoryMask mask = graph.storyMaskProperty().get();
        Map<String, LegendItem> types = new LinkedHashMap<>();
        Set<Certainty> certainties = EnumSet.noneOf(Certainty.class);
        if (mask == null) {
            // Without a story every edge shows: the graph knows its types and certainties.
            shown.typesShown().forEach(type -> types.put(type.id(), new LegendItem(type.label(), type.color(), null)));
            certainties.addAll(shown.certaintiesShown());
        } else {
            for (AggregatedRelation relation : shown.relations()) {
                // With a story, an edge shows if one of its claims does.
                if (mask.shows(relation)) {
                    types.putIfAbsent(relation.type().id(),
                            new LegendItem(relation.type().label(), relation.type().color(), null));
                    certainties.add(relation.certainty());
                }
            }
        }
        List<LegendItem> items = new ArrayList<>(types.values());
        items.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
        for (Certainty c : certainties) {
            items.add(new LegendItem(FilterViewModel.certaintyLabel(c), "#9E9E9E", c));
        }
        legend.setAll(items);
    }

    /**
     * One line of the legend overlay.
     *
     * @param label the type or certainty
     * @param colour the line colour, {@code #RRGGBB}
     * @param certainty for a certainty line (drawn grey in its pattern), or null for a type line
     */
    public record LegendItem(String label, String colour, Certainty certainty) { }
}
