package org.actorgraph.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.EvidenceQuote;
import org.actorgraph.model.Article;
import org.actorgraph.model.TextSpan;

/**
 * An article as the reader shows it: its text cut into segments at every evidence boundary, the
 * evidence it was opened for marked as focused.
 *
 * @param article the article
 * @param subject what the reader was opened for, e.g. "Arms supply: North Korea → Russia"
 * @param focus the spans to highlight, in text order
 * @param segments the whole text, in order, without gaps
 */
public record ReaderDocument(Article article, String subject, List<TextSpan> focus, List<ReaderSegment> segments) {

    public ReaderDocument {
        focus = List.copyOf(focus);
        segments = List.copyOf(segments);
    }

    /** The tab's title. */
    public String tabTitle() {
        String title = article.title();
        return title.length() > 32 ? title.substring(0, 31).strip() + "…" : title;
    }

    /** "Outlet · date" for the reader's header (the title is shown above it). */
    public String source() {
        String outlet = article.outlet() == null || article.outlet().isBlank() ? "Outlet not given"
                : article.outlet().strip();
        return outlet + article.publicationDate().map(d -> " · " + d).orElse("")
                + (article.url() == null || article.url().isBlank() ? "" : " · " + article.url());
    }

    /** Index of the first focused segment, or -1. */
    public int firstFocused() {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).focused()) {
                return i;
            }
        }
        return -1;
    }

    /** The focused segments, in text order. */
    public List<ReaderSegment> focusedSegments() {
        return segments.stream().filter(ReaderSegment::focused).toList();
    }

    /**
     * Cuts an article's text at the boundaries of every evidence span of the graph's relations in
     * it and of the focus spans. Each segment lists the relations whose spans cover it.
     */
    public static ReaderDocument build(Article article, String subject, List<TextSpan> focus, AggregatedGraph graph) {
        String text = article.text();
        List<ReaderSegment.Cover> covers = new ArrayList<>();
        if (graph != null) {
            for (AggregatedRelation relation : graph.relations()) {
                for (EvidenceQuote quote : relation.quotes()) {
                    if (quote.article().equals(article)) {
                        quote.occurrences().forEach(span -> covers.add(new ReaderSegment.Cover(relation, span)));
                    }
                }
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (ReaderSegment.Cover cover : covers) {
            cuts.add(Math.min(cover.span().start(), text.length()));
            cuts.add(Math.min(cover.span().end(), text.length()));
        }
        for (TextSpan span : focus) {
            cuts.add(Math.min(span.start(), text.length()));
            cuts.add(Math.min(span.end(), text.length()));
        }
        List<ReaderSegment> segments = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end : cuts.tailSet(start, false)) {
            int s = start;
            int e = end;
            List<ReaderSegment.Cover> covering = covers.stream()
                    .filter(c -> c.span().start() <= s && c.span().end() >= e).toList();
            boolean focused = focus.stream().anyMatch(f -> f.start() <= s && f.end() >= e);
            ReaderSegment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (last != null && last.focused() == focused && last.covers().equals(covering)) {
                segments.set(segments.size() - 1,
                        new ReaderSegment(last.start(), e, text.substring(last.start(), e), covering, focused));
            } else {
                segments.add(new ReaderSegment(s, e, text.substring(s, e), covering, focused));
            }
            start = end;
        }
        List<TextSpan> sorted = focus.stream().sorted(java.util.Comparator.comparingInt(TextSpan::start)).toList();
        return new ReaderDocument(article, subject, sorted, segments);
    }
}
