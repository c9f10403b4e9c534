package org.actorgraph.ui.graph;

import java.util.List;
import java.util.function.ToIntFunction;
import org.actorgraph.analysis.AggregatedRelation;

/**
 * The sets of relations between the same two actors (fans of parallel lines), by the lines' places
 * in a drawing. Two flat arrays rather than a list per fan: a large drawing has tens of thousands of
 * fans, kept as long as it is shown, and each young collection copied their lists again.
 */
final class ParallelFans {

    private final int[] lines;
    // Where each fan's lines end in `lines`; fan i starts where fan i - 1 ends.
    private final int[] ends;

    private ParallelFans(int[] lines, int[] ends) {
        this.lines = lines;
        this.ends = ends;
    }

    /** The fans of more than one line among {@code groups}, each line given by {@code index}. */
    static ParallelFans of(List<List<AggregatedRelation>> groups, ToIntFunction<AggregatedRelation> index) {
        List<List<AggregatedRelation>> fans = groups.stream().filter(group -> group.size() > 1).toList();
        int[] lines = new int[fans.stream().mapToInt(List::size).sum()];
        int[] ends = new int[fans.size()];
        int next = 0;
        for (int fan = 0; fan < fans.size(); fan++) {
            for (AggregatedRelation relation : fans.get(fan)) {
                lines[next++] = index.applyAsInt(relation);
            }
            ends[fan] = next;
        }
        return new ParallelFans(lines, ends);
    }

    int count() {
        return ends.length;
    }

    /** Where a fan's lines start among {@link #line(int)}'s places. */
    int start(int fan) {
        return fan == 0 ? 0 : ends[fan - 1];
    }

    /** Where a fan's lines end (exclusive). */
    int end(int fan) {
        return ends[fan];
    }

    /** The drawing's place of the line at {@code place}. */
    int line(int place) {
        return lines[place];
    }
}
