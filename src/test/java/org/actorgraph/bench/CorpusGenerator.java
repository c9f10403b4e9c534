package org.actorgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.Attribution;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;

/**
 * Generates corpora of any size for the benchmarks, deterministically (same arguments, same
 * corpus, same file): states, organisations and groups, persons affiliated with them, six relation
 * types, mostly reported claims with some planned, alleged and denied ones, a few negated, a third
 * attributed to a claimant, and article texts in which every claim has its own sentence as evidence
 * and both ends are mentioned. A few actors take part in most claims, as in real news.
 *
 * <p>Also a main: {@code CorpusGenerator OUT.actorgraph.json ARTICLES ACTORS RELATIONS [SEED]}.
 */
public final class CorpusGenerator {

    private static final String[][] TYPES = {
            {"supplies-arms", "Supplies arms to", "#c0392b", "190"},
            {"warns", "Warns", "#e67e22", "130"},
            {"meets", "Meets", "#2980b9", "040"},
            {"sanctions", "Sanctions", "#8e44ad", "163"},
            {"supports", "Supports", "#27ae60", "051"},
            {"accuses", "Accuses", "#7f8c8d", "112"}};
    private static final String[] VERBS = {"sent weapons to", "warned", "met", "imposed sanctions on",
            "declared its support for", "accused"};
    private static final String[] OUTLETS = {"The Daily Ledger", "Global Wire", "Northern Herald", "Evening Courier",
            "Press Union", "Coastal Times", "Metro Review", "World Desk", "The Observer Post", "Capital Report",
            "Frontline News", "Atlas Radio"};
    private static final String[] CLAIMANTS = {"officials", "a government spokesperson", "analysts", "diplomats",
            "the ministry", "witnesses"};
    private static final String[] SYLLABLES = {"ka", "lor", "ven", "tia", "mar", "dun", "sel", "ora", "bri", "zan",
            "eth", "qua", "rin", "pol", "mes", "tar", "vol", "ix", "ane", "gor", "lum", "sha", "dra", "kel"};
    private static final String[] FILLER = {"The talks lasted several hours.",
            "Markets reacted calmly to the news.", "No further details were given.",
            "The situation remains tense in the region.", "Observers expect more meetings this month."};

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Corpus corpus = generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                args.length > 4 ? Long.parseLong(args[4]) : 1L);
        new CorpusWriter().write(corpus, Path.of(args[0]));
        System.out.printf("wrote %s: %,d articles, %,d actors, %,d relations%n", args[0], corpus.articles().size(),
                corpus.actors().size(), corpus.relations().size());
    }

    /** A corpus of exactly {@code articles} articles, {@code actors} actors and {@code relations} relations. */
    public static Corpus generate(int articles, int actors, int relations, long seed) {
        if (articles < 1 || actors < 2 || relations < 0) {
            throw new IllegalArgumentException("need at least one article and two actors");
        }
        Random random = new Random(seed);
        List<RelationType> types = new ArrayList<>();
        for (String[] t : TYPES) {
            types.add(new RelationType(t[0], t[1], t[2], t[1] + " (generated)", List.of(t[3]), null));
        }
        List<Actor> actorList = actors(actors, random);
        List<Article> articleList = new ArrayList<>(articles);
        List<Relation> relationList = new ArrayList<>(relations);
        LocalDate start = LocalDate.of(2022, 1, 1);
        for (int a = 0; a < articles; a++) {
            // Spread the relations evenly, the remainder over the first articles.
            int count = relations / articles + (a < relations % articles ? 1 : 0);
            String articleId = "art-" + a;
            StringBuilder text = new StringBuilder();
            List<Mention> mentions = new ArrayList<>();
            text.append(FILLER[random.nextInt(FILLER.length)]);
            for (int r = 0; r < count; r++) {
                Actor source = actorList.get(popular(actors, random));
                Actor target = actorList.get(popular(actors, random));
                while (target.equals(source)) {
                    target = actorList.get(random.nextInt(actors));
                }
                int type = random.nextInt(types.size());
                text.append(' ');
                int sentenceStart = text.length();
                int sourceStart = text.length();
                text.append(source.name());
                mentions.add(new Mention(source.id(), new TextSpan(sourceStart, text.length())));
                text.append(' ').append(VERBS[type]).append(' ');
                int targetStart = text.length();
                text.append(target.name());
                mentions.add(new Mention(target.id(), new TextSpan(targetStart, text.length())));
                Attribution attribution = null;
                if (random.nextInt(3) == 0) {
                    String by = CLAIMANTS[random.nextInt(CLAIMANTS.length)];
                    text.append(", ").append(by).append(' ');
                    int cueStart = text.length();
                    text.append("said");
                    attribution = new Attribution(by, new TextSpan(cueStart, text.length()));
                }
                text.append('.');
                TextSpan evidence = new TextSpan(sentenceStart, text.length());
                DatePeriod date = random.nextInt(5) == 0 ? day(start.plusDays(random.nextInt(1000))) : null;
                relationList.add(new Relation("rel-" + relationList.size(), articleId, source.id(), target.id(),
                        types.get(type).id(), status(random), random.nextInt(33) == 0, date, attribution,
                        List.of(evidence), null));
                if (random.nextInt(4) == 0) {
                    text.append(' ').append(FILLER[random.nextInt(FILLER.length)]);
                }
            }
            String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            articleList.add(new Article(articleId, "Generated report " + a, outlet,
                    day(start.plusDays(random.nextInt(1000))),
                    "https://news.example.org/" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + a,
                    text.toString(), mentions));
        }
        return new Corpus(String.format(Locale.ROOT, "Generated: %d articles, %d actors, %d relations",
                articles, actors, relations), actorList, types, articleList, relationList);
    }

    private static List<Actor> actors(int count, Random random) {
        List<Actor> actors = new ArrayList<>(count);
        List<String> anchors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "actor-" + i;
            String name = name(random) + " " + i; // the number keeps names unique
            ActorKind kind;
            String affiliation = null;
            int roll = random.nextInt(20);
            if (i < 2 || roll < 3) {
                kind = ActorKind.STATE;
            } else if (roll < 7) {
                kind = ActorKind.ORGANISATION;
            } else if (roll < 9) {
                kind = ActorKind.GROUP;
            } else {
                kind = ActorKind.PERSON;
                // Persons belong to a state, organisation or group made before them: no cycles.
                if (random.nextInt(10) < 8) {
                    affiliation = anchors.get(random.nextInt(anchors.size()));
                }
            }
            if (kind != ActorKind.PERSON) {
                anchors.add(id);
            }
            actors.add(new Actor(id, name, kind, List.of(), affiliation));
        }
        return actors;
    }

    /** An actor index, low indices far more often: actor 0 is in about one claim in ten. */
    private static int popular(int actors, Random random) {
        double u = random.nextDouble();
        return Math.min(actors - 1, (int) (actors * u * u * u));
    }

    private static Status status(Random random) {
        int roll = random.nextInt(100);
        if (roll < 62) {
            return Status.REPORTED;
        } else if (roll < 70) {
            return Status.PLANNED;
        } else if (roll < 76) {
            return Status.EXPECTED;
        } else if (roll < 80) {
            return Status.PROPOSED;
        } else if (roll < 89) {
            return Status.ALLEGED;
        } else if (roll < 95) {
            return Status.SPECULATIVE;
        }
        return Status.DENIED;
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }

    private static DatePeriod day(LocalDate date) {
        return new DatePeriod(date, date, date.toString());
    }
}
