package org.actorgraph.io.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.io.AtomicFiles;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;

/**
 * Writes a corpus as brat standoff: per article {@code ID.txt} (the text, byte for byte) and
 * {@code ID.ann}, plus an {@code annotation.conf} for the folder. Importing the folder again gives
 * the same corpus for corpora that came from brat.
 *
 * <ul>
 *   <li>Each mention is a {@code T} entity labelled by its actor's kind (GPE, Person, Organization,
 *       Group, Other) with an {@code N} line {@code Reference Tn ActorGraph:ID<TAB>Name} that keeps the
 *       actor's id and name.</li>
 *   <li>Each relation is an {@code R} line between a mention of its source and one of its target
 *       inside its evidence; a relation with an attribution is an {@code E} event (trigger: its
 *       evidence) reported by a {@code Report} event whose trigger is the attribution cue.</li>
 *   <li>Status other than reported: {@code A Status Rn Alleged}; negation: {@code A Negation Rn};
 *       the relation note and the article notes: {@code #} AnnotatorNotes lines.</li>
 * </ul>
 * Offsets are written in code points, as brat counts them.
 */
public final class BratExporter {

    /** The database name of the normalisations that carry ActorGraph actor ids. */
    static final String ID_DATABASE = "ActorGraph";

    /**
     * Writes the corpus into {@code folder} (created if needed), replacing files of the same names.
     *
     * @return problems: relations that could not be expressed (no mention of an end in the evidence)
     */
    public List<String> write(Corpus corpus, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> problems = new ArrayList<>();
        Set<String> relationLabels = new LinkedHashSet<>();
        Set<String> eventLabels = new LinkedHashSet<>();
        Map<String, List<Relation>> byArticle = new HashMap<>();
        corpus.relations().forEach(r -> byArticle.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r));
        for (Article article : corpus.articles()) {
            String ann = annotations(corpus, article, byArticle.getOrDefault(article.id(), List.of()), problems,
                    relationLabels, eventLabels);
            String base = fileName(article.id());
            byte[] text = article.text().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(folder.resolve(base + ".txt"), out -> out.write(text));
            byte[] annBytes = ann.getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(folder.resolve(base + ".ann"), out -> out.write(annBytes));
        }
        StringBuilder conf = new StringBuilder("# Written by ActorGraph\n[entities]\nGPE\nPerson\nOrganization\nGroup\nOther\n");
        conf.append("\n[relations]\n");
        relationLabels.forEach(l -> conf.append(l).append("\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));
        conf.append("\n[events]\n");
        eventLabels.forEach(l -> conf.append(l).append("\tArg1?:<ENTITY>, Arg2?:<ENTITY>\n"));
        conf.append("Report\tReporter-Arg:<ENTITY>, Event-Arg:<EVENT>\n");
        conf.append("\n[attributes]\nNegation\tArg:<RELATION>|<EVENT>\n");
        conf.append("Status\tArg:<RELATION>|<EVENT>, Value:Planned|Expected|Proposed|Alleged|Speculative|Denied\n");
        byte[] confBytes = conf.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve("annotation.conf"), out -> out.write(confBytes));
        return problems;
    }

    private static String annotations(Corpus corpus, Article article, List<Relation> relations, List<String> problems,
                                      Set<String> relationLabels, Set<String> eventLabels) {
        CodePoints cp = new CodePoints(article.text());
        StringBuilder ann = new StringBuilder();
        int t = 0;
        int n = 0;
        Map<Mention, String> idOf = new HashMap<>();
        List<Mention> mentions = article.mentions();
        for (Mention mention : mentions) {
            String id = "T" + (++t);
            idOf.putIfAbsent(mention, id);
            ActorKind kind = corpus.actor(mention.actorId()).map(a -> a.kind()).orElse(ActorKind.OTHER);
            ann.append(id).append('\t').append(label(kind)).append(' ').append(span(cp, mention.span())).append('\t')
                    .append(oneLine(article.quote(mention.span()))).append('\n');
            String name = corpus.actor(mention.actorId()).map(a -> a.name()).orElse(mention.actorId());
            ann.append('N').append(++n).append("\tReference ").append(id).append(' ').append(ID_DATABASE).append(':')
                    .append(mention.actorId()).append('\t').append(oneLine(name)).append('\n');
        }
        int r = 0;
        int e = 0;
        int a = 0;
        int note = 0;
        StringBuilder reports = new StringBuilder();
        for (Relation relation : relations) {
            Mention source = mentionIn(mentions, relation.sourceId(), relation.evidence(), null);
            Mention target = mentionIn(mentions, relation.targetId(), relation.evidence(), source);
            if (source == null || target == null) {
                problems.add(article.id() + ": relation " + relation.id() + " is not exported: no mention of "
                        + (source == null ? relation.sourceId() : relation.targetId()) + " in its evidence");
                continue;
            }
            RelationType type = corpus.requireType(relation.typeId());
            String typeLabel = type.label().strip().replaceAll("[\\s:]+", "_");
            String id;
            Mention reporter = relation.claimant().filter(c -> c.cue() != null)
                    .map(c -> mentionQuoting(article, c.by(), c.cue())).orElse(null);
            if (reporter != null) {
                eventLabels.add(typeLabel);
                String trigger = "T" + (++t);
                StringBuilder fragments = new StringBuilder();
                StringBuilder covered = new StringBuilder();
                for (TextSpan span : relation.evidence()) {
                    fragments.append(fragments.length() == 0 ? "" : ";").append(span(cp, span));
                    covered.append(covered.length() == 0 ? "" : " ").append(article.quote(span));
                }
                ann.append(trigger).append('\t').append(typeLabel).append(' ').append(fragments).append('\t')
                        .append(oneLine(covered.toString())).append('\n');
                id = "E" + (++e);
                ann.append(id).append('\t').append(typeLabel).append(':').append(trigger).append(" Arg1:")
                        .append(idOf.get(source)).append(" Arg2:").append(idOf.get(target)).append('\n');
                TextSpan cue = relation.attribution().cue();
                String cueId = "T" + (++t);
                ann.append(cueId).append("\tReport ").append(span(cp, cue)).append('\t')
                        .append(oneLine(article.quote(cue))).append('\n');
                reports.append('E').append(++e).append("\tReport:").append(cueId).append(" Reporter-Arg:")
                        .append(idOf.get(reporter)).append(" Event-Arg:").append(id).append('\n');
            } else {
                if (relation.attribution() != null) {
                    problems.add(article.id() + ": the attribution of relation " + relation.id() + " (\""
                            + relation.attribution().by() + "\") has no cue or no mention of its claimant; "
                            + "it is not exported");
                }
                relationLabels.add(typeLabel);
                id = "R" + (++r);
                ann.append(id).append('\t').append(typeLabel).append(" Arg1:").append(idOf.get(source))
                        .append(" Arg2:").append(idOf.get(target)).append('\t').append('\n');
            }
            if (relation.status() != Status.REPORTED) {
                String value = relation.status().jsonName();
                ann.append('A').append(++a).append("\tStatus ").append(id).append(' ')
                        .append(value.substring(0, 1).toUpperCase(Locale.ROOT)).append(value.substring(1)).append('\n');
            }
            if (relation.negated()) {
                ann.append('A').append(++a).append("\tNegation ").append(id).append('\n');
            }
            if (relation.note() != null) {
                ann.append('#').append(++note).append("\tAnnotatorNotes ").append(id).append('\t')
                        .append(oneLine(relation.note())).append('\n');
            }
        }
        ann.append(reports);
        for (String text : article.notes()) {
            if (mentions.isEmpty()) {
                problems.add(article.id() + ": the article note \"" + text + "\" is not exported: brat notes need an "
                        + "annotation to attach to");
                continue;
            }
            ann.append('#').append(++note).append("\tAnnotatorNotes ").append(idOf.get(mentions.get(0))).append('\t')
                    .append(oneLine(text)).append('\n');
        }
        return ann.toString();
    }

    /** The first mention of the actor inside one of the evidence spans (not {@code other}). */
    private static Mention mentionIn(List<Mention> mentions, String actor, List<TextSpan> evidence, Mention other) {
        for (Mention m : mentions) {
            if (m.actorId().equals(actor) && m != other && evidence.stream()
                    .anyMatch(s -> s.start() <= m.span().start() && m.span().end() <= s.end())) {
                return m;
            }
        }
        return null;
    }

    /** The mention whose text is the claimant's name, nearest to the cue. */
    private static Mention mentionQuoting(Article article, String by, TextSpan cue) {
        Mention best = null;
        for (Mention m : article.mentions()) {
            if (article.quote(m.span()).strip().replaceAll("\\s+", " ").equals(by) && (best == null
                    || Math.abs(m.span().start() - cue.start()) < Math.abs(best.span().start() - cue.start()))) {
                best = m;
            }
        }
        return best;
    }

    private static String span(CodePoints cp, TextSpan span) {
        return cp.toCodePoints(span.start()) + " " + cp.toCodePoints(span.end());
    }

    private static String label(ActorKind kind) {
        return switch (kind) {
            case STATE -> "GPE";
            case PERSON -> "Person";
            case ORGANISATION -> "Organization";
            case GROUP -> "Group";
            case OTHER -> "Other";
        };
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /** An article id as a file name: characters that file systems refuse become '_'. */
    static String fileName(String id) {
        return id.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
    }
}
