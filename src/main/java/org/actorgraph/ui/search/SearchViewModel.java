package org.actorgraph.ui.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.actorgraph.analysis.ActorGroup;
import org.actorgraph.analysis.ActorSearch;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.graph.GraphViewModel;

/**
 * The search field: actors of the drawn graph whose name or alias matches what is typed, ignoring
 * case and diacritics, best first. Choosing one selects it and centres the view on it, at the same
 * zoom.
 */
public final class SearchViewModel {

    /** How many suggestions the field lists. */
    public static final int MAX_SUGGESTIONS = 8;

    private final CorpusSession session;
    private final GraphViewModel graph;
    private final ActorSearch search;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Actor> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Actor> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public SearchViewModel(CorpusSession session, GraphViewModel graph, ActorSearch search) {
        this.session = Objects.requireNonNull(session);
        this.graph = Objects.requireNonNull(graph);
        this.search = Objects.requireNonNull(search);
        query.addListener((obs, old, now) -> update());
        session.graphProperty().addListener((obs, old, now) -> update());
    }

    private void update() {
        message.set("");
        AggregatedGraph shown = session.getGraph();
        String text = query.get() == null ? "" : query.get();
        if (shown == null || text.isBlank()) {
            suggestions.clear();
            return;
        }
        List<Actor> found = search.find(shown, text);
        suggestions.setAll(found.subList(0, Math.min(MAX_SUGGESTIONS, found.size())));
    }

    /**
     * Selects the best match and centres the view on it (Enter in the field).
     *
     * @return whether an actor was found
     */
    public boolean submit() {
        AggregatedGraph shown = session.getGraph();
        String text = query.get() == null ? "" : query.get();
        if (shown == null || text.isBlank()) {
            return false;
        }
        List<Actor> found = search.find(shown, text);
        if (!found.isEmpty()) {
            choose(found.get(0));
            return true;
        }
        if (shown.ungrouped() != shown) {
            List<Actor> grouped = search.find(shown.ungrouped(), text);
            Optional<ActorGroup> group = grouped.isEmpty() ? Optional.empty() : shown.groupContaining(grouped.get(0));
            if (group.isPresent()) {
                choose(group.get().actor());
                message.set(grouped.get(0).name() + " is inside “" + group.get().actor().name() + "”");
                return true;
            }
        }
        AggregatedGraph full = session.getFullGraph();
        List<Actor> hidden = full == null ? List.of() : search.find(full, text);
        message.set(hidden.isEmpty() ? "No actor matches “" + text.strip() + "”"
                : hidden.get(0).name() + " is hidden by the filters");
        return false;
    }

    /** Selects an actor and centres the view on it. */
    public void choose(Actor actor) {
        message.set("");
        graph.select(actor);
        graph.centreOn(actor);
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Matches for the query, best first. */
    public ObservableList<Actor> suggestions() {
        return suggestionsView;
    }

    /** Why nothing was found, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
