package org.actorgraph.bench;

import java.nio.file.Path;
import java.util.Arrays;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.LoadResult;

/**
 * Measures reading and validating the seed corpus from disk, and aggregating it into the drawn
 * graph, after warm-up. Run it as docs/performance.md says; it is not a test.
 */
public final class SeedLoadBenchmark {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 200;

    private SeedLoadBenchmark() {
    }

    public static void main(String[] args) {
        Path seed = Path.of(args.length > 0 ? args[0] : "assets/corpora/seed.actorgraph.json");
        CorpusReader reader = new CorpusReader();
        GraphAggregator aggregator = new GraphAggregator();
        for (int i = 0; i < WARM_UP; i++) {
            aggregator.aggregate(reader.read(seed).requireCorpus(), PersonGrouping.ROLLED_UP);
        }
        double[] loadMs = new double[MEASURED];
        double[] aggregateMs = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            LoadResult result = reader.read(seed);
            long loaded = System.nanoTime();
            aggregator.aggregate(result.requireCorpus(), PersonGrouping.ROLLED_UP);
            long aggregated = System.nanoTime();
            loadMs[i] = (loaded - start) / 1e6;
            aggregateMs[i] = (aggregated - loaded) / 1e6;
        }
        System.out.printf("read+validate seed: %s%n", summary(loadMs));
        System.out.printf("aggregate seed:     %s%n", summary(aggregateMs));
    }

    private static String summary(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return String.format("median %.2f ms, p95 %.2f ms, max %.2f ms (%d runs after %d warm-up)",
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1],
                sorted.length, WARM_UP);
    }
}
