package org.actorgraph.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.actorgraph.model.Article;
import org.actorgraph.model.Attribution;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Story;
import org.actorgraph.model.StoryStep;
import org.actorgraph.model.TextSpan;

/**
 * Plays a story: the frame of each step. The graph grows step by step, earlier claims stay, and
 * the step's own claims are the new ones. Ids of the story that the corpus does not know are kept
 * in the shown and new sets (a filter will not find them) and left out of caption and citation.
 * Instances hold no state.
 */
public final class StoryPlayback {

    /** Separates the distinct sentences of a caption. */
    public static final String SENTENCE_SEPARATOR = " … ";

    /** The outlet named in a citation when an article has none. */
    public static final String UNKNOWN_OUTLET = "Unknown outlet";

    /**
     * The frame of step {@code index} of {@code story}.
     *
     * @throws IllegalArgumentException if {@code index} is not a step of the story
     */
    public StoryFrame frame(Story story, int index, Corpus corpus) {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(corpus, "corpus");
        List<StoryStep> steps = story.steps();
        if (index < 0 || index >= steps.size()) {
            throw new IllegalArgumentException("step " + index + " is not a step of a story with " + steps.size()
                    + (steps.size() == 1 ? " step" : " steps"));
        }
        Set<String> shown = new LinkedHashSet<>();
        for (int i = 0; i <= index; i++) {
            shown.addAll(steps.get(i).relationIds());
        }
        StoryStep step = steps.get(index);
        Map<String, Relation> byId = corpus.relations().stream()
                .collect(Collectors.toMap(Relation::id, Function.identity(), (a, b) -> a));
        List<Relation> claims = step.relationIds().stream().map(byId::get).filter(Objects::nonNull).toList();
        return new StoryFrame(index, steps.size(), shown, new LinkedHashSet<>(step.relationIds()),
                caption(claims, corpus), citation(claims, corpus), step.title(), step.note());
    }

    /** The distinct quoted sentences of the claims, the first claim's first, in text order per claim. */
    static String caption(List<Relation> claims, Corpus corpus) {
        Set<String> sentences = new LinkedHashSet<>();
        for (Relation claim : claims) {
            Article article = corpus.requireArticle(claim.articleId());
            claim.evidence().stream().sorted(java.util.Comparator.comparingInt(TextSpan::start))
                    .map(article::quote).map(String::strip).filter(s -> !s.isEmpty()).forEach(sentences::add);
        }
        return String.join(SENTENCE_SEPARATOR, sentences);
    }

    /**
     * "The New York Times · 2023-09-04 · according to officials": the first claim's outlet (or
     * {@value #UNKNOWN_OUTLET}), its article's date when known, and who makes the claims ("stated by
     * the outlet" for the outlet's own voice; several claimants are joined with "and").
     */
    static String citation(List<Relation> claims, Corpus corpus) {
        if (claims.isEmpty()) {
            return "";
        }
        Article article = corpus.requireArticle(claims.get(0).articleId());
        List<String> parts = new ArrayList<>();
        parts.add(article.outlet() == null || article.outlet().isBlank() ? UNKNOWN_OUTLET : article.outlet());
        article.publicationDate().map(DatePeriod::text).ifPresent(parts::add);
        Set<String> claimants = new LinkedHashSet<>();
        for (Relation claim : claims) {
            claimants.add(claim.claimant().map(Attribution::by).map(by -> "according to " + by)
                    .orElse("stated by the outlet"));
        }
        parts.add(String.join(" and ", claimants));
        return String.join(" · ", parts);
    }
}
