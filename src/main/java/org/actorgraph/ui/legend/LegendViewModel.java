package org.actorgraph.ui.legend;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Certainty;
import org.actorgraph.ui.corpus.CorpusSession;

/**
 * The legend's content, always derived from the graph on screen: only the relation types and
 * certainty line styles that appear in it, so it never explains something that is not drawn.
 */
public final class LegendViewModel {

    private final ObservableList<LegendEntry.TypeEntry> types = FXCollections.observableArrayList();
    private final ObservableList<LegendEntry.CertaintyEntry> certainties = FXCollections.observableArrayList();
    private final ObservableList<LegendEntry.TypeEntry> typesView = FXCollections.unmodifiableObservableList(types);
    private final ObservableList<LegendEntry.CertaintyEntry> certaintiesView =
            FXCollections.unmodifiableObservableList(certainties);

    public LegendViewModel(CorpusSession session) {
        session.graphProperty().addListener((obs, old, graph) -> show(graph));
        show(session.getGraph());
    }

    private void show(AggregatedGraph graph) {
        if (graph == null) {
            types.clear();
            certainties.clear();
            return;
        }
        types.setAll(graph.typesShown().stream()
                .map(t -> new LegendEntry.TypeEntry(t.label(), t.color(), t.description()))
                .toList());
        List<LegendEntry.CertaintyEntry> lines = graph.certaintiesShown().stream().sorted()
                .map(c -> new LegendEntry.CertaintyEntry(c, label(c))).toList();
        certainties.setAll(lines);
    }

    /** What a line style means, in words for the legend. */
    static String label(Certainty certainty) {
        return switch (certainty) {
            case REPORTED -> "Reported";
            case INTENDED -> "Planned, expected, proposed";
            case SPECULATIVE -> "Speculative, alleged";
            case DENIED -> "Denied";
        };
    }

    /** The relation types drawn, in the corpus's order. */
    public ObservableList<LegendEntry.TypeEntry> types() {
        return typesView;
    }

    /** The certainty groups drawn, most certain first. */
    public ObservableList<LegendEntry.CertaintyEntry> certainties() {
        return certaintiesView;
    }
}
