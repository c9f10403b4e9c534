package org.actorgraph.ui.export;

/** What part of the graph an exported picture shows. */
public enum ExportScope {
    /** What the window shows now: its zoom and scroll position. */
    CURRENT_VIEW("Current view"),
    /** Every actor drawn, fitted to the picture. */
    WHOLE_GRAPH("Whole graph");

    private final String label;

    ExportScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
