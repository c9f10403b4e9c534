package org.actorgraph.bench;

import org.actorgraph.analysis.*;

public class MetricsTiming {
    public static void main(String[] a) {
        int[][] sizes = {{200, 200, 1000}, {1000, 1000, 5000}, {10000, 2000, 100000}};
        for (int[] s : sizes) {
            var corpus = CorpusGenerator.generate(s[0], s[1], s[2], 1L);
            AggregatedGraph g = new GraphAggregator().aggregate(corpus, PersonGrouping.SEPARATE);
            for (int r = 0; r < 3; r++) {
                long t0 = System.nanoTime();
                var m = new CentralityAnalysis().compute(g);
                long t1 = System.nanoTime();
                var c = new CommunityDetection().detect(g);
                long t2 = System.nanoTime();
                System.out.printf("%d/%d: actors %d edges %d centrality %.0f ms communities %.0f ms%n", s[1], s[2],
                        g.actors().size(), g.relations().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            }
        }
    }
}
