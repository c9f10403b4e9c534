package org.actorgraph.ui.reader;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * The centre of the window: a "Graph" tab and one tab per article opened in the reader. Binds
 * to {@link ReaderViewModel}: its open documents are the tabs, its active document the selected
 * tab (none: the graph).
 */
public final class CentreTabs extends TabPane {

    private final ReaderViewModel viewModel;
    private final Tab graphTab;
    private boolean syncing;

    public CentreTabs(ReaderViewModel viewModel, Node graph) {
        this.viewModel = viewModel;
        getStyleClass().add("centre-tabs");
        graphTab = new Tab("Graph", graph);
        graphTab.setClosable(false);
        graphTab.setId("graph-tab");
        getTabs().add(graphTab);
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        setMinSize(200, 200);

        viewModel.documents().addListener((ListChangeListener<ReaderDocument>) c -> syncTabs());
        viewModel.activeProperty().addListener((obs, old, now) -> syncSelection());
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (!syncing) {
                viewModel.activeProperty().set(tab == null || tab == graphTab ? null
                        : ((ArticleReaderView) tab.getContent()).document());
            }
        });
        syncTabs();
    }

    private void syncTabs() {
        syncing = true;
        try {
            getTabs().retainAll(graphTab);
            for (ReaderDocument document : viewModel.documents()) {
                Tab tab = new Tab(document.tabTitle(), new ArticleReaderView(document, viewModel));
                tab.setTooltip(new Tooltip(document.article().title()));
                tab.getStyleClass().add("reader-tab");
                tab.setOnClosed(e -> viewModel.close(document));
                getTabs().add(tab);
            }
        } finally {
            syncing = false;
        }
        syncSelection();
    }

    private void syncSelection() {
        syncing = true;
        try {
            ReaderDocument active = viewModel.activeProperty().get();
            Tab wanted = getTabs().stream()
                    .filter(t -> t.getContent() instanceof ArticleReaderView v && v.document() == active)
                    .findFirst().orElse(graphTab);
            getSelectionModel().select(wanted);
        } finally {
            syncing = false;
        }
    }

    private Optional<ArticleReaderView> activeReader() {
        Tab tab = getSelectionModel().getSelectedItem();
        return tab != null && tab.getContent() instanceof ArticleReaderView v ? Optional.of(v) : Optional.empty();
    }

    /** Where on screen a phrase of the shown article is, to click it; for tests. */
    public Optional<Point2D> screenPointOf(String phrase) {
        return activeReader().flatMap(v -> v.screenPointOf(phrase));
    }

    /** Whether a phrase of the shown article is scrolled into view; for tests. */
    public boolean isInView(String phrase) {
        return activeReader().map(v -> v.isInView(phrase)).orElse(false);
    }

    /** Takes the graph out of its tab, to show it on its own (presentation mode); the graph tab is chosen. */
    public Node takeGraph() {
        getSelectionModel().select(graphTab);
        Node graph = graphTab.getContent();
        graphTab.setContent(null);
        return graph;
    }

    /** Puts the graph back into its tab. */
    public void returnGraph(Node graph) {
        graphTab.setContent(graph);
    }
}
