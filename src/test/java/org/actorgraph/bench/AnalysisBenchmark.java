package org.actorgraph.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.CentralityAnalysis;
import org.actorgraph.analysis.CommunityDetection;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.analysis.PersonGrouping;

/**
 * Measures the analysis of a whole graph, every actor drawn: centrality (degrees, betweenness,
 * PageRank) and communities, on generated corpora of 200/1k, 1k/5k and 10k/100k (2,000 actors).
 * These are what the details panel, the analysis pane and colouring or sizing by a metric need.
 * Prints one Markdown row per size; run it as docs/performance.md says. It is not a test.
 */
public final class AnalysisBenchmark {

    private static final int RUNS = 3;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        int[][] sizes = {{200, 200, 1000}, {1000, 1000, 5000}, {10000, 2000, 100000}};
        System.out.printf("Machine: %s. Date: %s.%n%n", ScaleBenchmark.machine(),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        System.out.println("| corpus | actors | edges | centrality, ms (" + RUNS + " runs) | communities, ms |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int[] size : sizes) {
            AggregatedGraph graph = new GraphAggregator().aggregate(
                    CorpusGenerator.generate(size[0], size[1], size[2], 1L), PersonGrouping.SEPARATE);
            double[] centrality = new double[RUNS];
            double[] communities = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                new CentralityAnalysis().compute(graph);
                long ranked = System.nanoTime();
                new CommunityDetection().detect(graph);
                long grouped = System.nanoTime();
                centrality[run] = (ranked - start) / 1e6;
                communities[run] = (grouped - ranked) / 1e6;
            }
            System.out.printf(Locale.ROOT, "| %d articles / %d relations | %d | %d | %s | %s |%n", size[0], size[2],
                    graph.actors().size(), graph.relations().size(), runs(centrality), runs(communities));
        }
    }

    private static String runs(double[] ms) {
        return String.join(", ", Arrays.stream(ms).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }
}
