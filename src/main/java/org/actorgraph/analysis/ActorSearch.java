package org.actorgraph.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.model.Actor;

/**
 * Finds the shown actors a user means by a few typed letters: the search box of the window.
 * Stateless; one instance may be shared between threads.
 *
 * <p><b>Matching.</b> The query and every name and alias are {@linkplain #normalise normalised}:
 * letters are compared without case and without diacritics ("turkiye" finds "Türkiye", "россия"
 * finds "Россия"), and any run of characters other than letters and digits (spaces, hyphens,
 * dots, apostrophes) counts as one space, so "kim jong un" and "kim-jong-un" both find
 * "Kim Jong-Un". A blank query finds nothing.
 *
 * <p><b>Ranking.</b> Each actor is ranked by the best match of its name or any alias:
 * <ol>
 *   <li>exact: the whole name or alias,</li>
 *   <li>prefix: the name or alias starts with the query,</li>
 *   <li>word prefix: a later word of the name or alias starts with the query,</li>
 *   <li>substring: the query occurs anywhere else.</li>
 * </ol>
 * Equal ranks are ordered by name, then by id.
 *
 * <p><b>Rolled-up people.</b> When people are rolled up, a person who is not a vertex is found
 * through the actor that represents him: "Putin" finds Russia. Such indirect matches come after all
 * direct matches, ranked among themselves the same way (by the person's best match), and an actor
 * appears only once, at its best place.
 */
public final class ActorSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int WORD_PREFIX = 2;
    private static final int SUBSTRING = 3;
    private static final int NONE = Integer.MAX_VALUE;

    /**
     * The shown actors of {@code graph} that match {@code query}, best first, as described in the
     * class comment. Runs in O(actors · (aliases + 1) · name length).
     */
    public List<Actor> find(AggregatedGraph graph, String query) {
        String wanted = normalise(query == null ? "" : query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Actor, Integer> direct = new HashMap<>();
        for (Actor actor : graph.actors()) {
            int rank = rank(actor, wanted);
            if (rank != NONE) {
                direct.put(actor, rank);
            }
        }
        Map<Actor, Integer> indirect = new HashMap<>();
        ActorRollUp rollUp = new ActorRollUp(graph.corpus(), graph.grouping());
        for (Actor actor : graph.corpus().actors()) {
            Actor shown = rollUp.representative(actor);
            if (shown.equals(actor) || !graph.graph().containsVertex(shown) || direct.containsKey(shown)) {
                continue;
            }
            int rank = rank(actor, wanted);
            if (rank != NONE) {
                indirect.merge(shown, rank, Math::min);
            }
        }
        Set<Actor> result = new LinkedHashSet<>(sorted(direct));
        result.addAll(sorted(indirect));
        return List.copyOf(result);
    }

    private static List<Actor> sorted(Map<Actor, Integer> ranks) {
        List<Actor> actors = new ArrayList<>(ranks.keySet());
        actors.sort(Comparator.<Actor>comparingInt(ranks::get).thenComparing(Actor::name).thenComparing(Actor::id));
        return actors;
    }

    private static int rank(Actor actor, String wanted) {
        int best = rank(normalise(actor.name()), wanted);
        for (String alias : actor.aliases()) {
            best = Math.min(best, rank(normalise(alias), wanted));
        }
        return best;
    }

    private static int rank(String name, String wanted) {
        if (name.equals(wanted)) {
            return EXACT;
        }
        if (name.startsWith(wanted)) {
            return PREFIX;
        }
        if (name.contains(" " + wanted)) {
            return WORD_PREFIX;
        }
        return name.contains(wanted) ? SUBSTRING : NONE;
    }

    /**
     * The form names are compared in: lower case, canonical decomposition (NFD) with the combining
     * marks removed, every run of characters other than letters and digits turned into one
     * space, and no leading or trailing space. {@code "Kim Jong-Un"} becomes {@code "kim jong un"},
     * {@code "Türkiye"} becomes {@code "turkiye"}.
     */
    public static String normalise(String text) {
        // Lower case first: some capitals (Turkish İ) lower-case to a letter and a combining mark.
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(bare).replaceAll(" ").strip();
    }
}
