package org.actorgraph.io.importer;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.actorgraph.model.TextSpan;

/**
 * The sentences of an article text, for evidence: a relation annotated between two entities is
 * evidenced by the sentences its annotations lie in, which is what a reader wants to see quoted.
 * A line break always ends a sentence. Spans exclude the blanks around a sentence.
 */
final class Sentences {

    private final String text;
    private final int[] starts;
    private final int[] ends;

    Sentences(String text) {
        this.text = text;
        List<int[]> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            split(lineStart, lineEnd, found);
            lineStart = lineEnd + 1;
        }
        starts = new int[found.size()];
        ends = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            starts[i] = found.get(i)[0];
            ends[i] = found.get(i)[1];
        }
    }

    private void split(int from, int to, List<int[]> found) {
        if (from >= to) {
            return;
        }
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(text.substring(from, to));
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            int s = from + start;
            int e = from + end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                found.add(new int[] {s, e});
            }
        }
    }

    /**
     * The sentences that the given spans touch, in text order, each its own span. A span outside
     * every sentence (only blanks) is evidenced by itself.
     */
    List<TextSpan> covering(List<TextSpan> spans) {
        TreeSet<Integer> indices = new TreeSet<>();
        List<TextSpan> loose = new ArrayList<>();
        for (TextSpan span : spans) {
            boolean any = false;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] < Math.max(span.end(), span.start() + 1) && span.start() < ends[i]) {
                    indices.add(i);
                    any = true;
                }
            }
            if (!any) {
                loose.add(span);
            }
        }
        List<TextSpan> result = new ArrayList<>();
        indices.forEach(i -> result.add(new TextSpan(starts[i], ends[i])));
        for (TextSpan span : loose) {
            if (span.length() > 0 && !result.contains(span)) {
                result.add(span);
            }
        }
        result.sort(java.util.Comparator.comparingInt(TextSpan::start));
        return result;
    }
}
