package org.actorgraph.io.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.model.Article;
import org.actorgraph.model.Attribution;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Provenance;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;

/**
 * Imports one brat standoff document: a {@code .txt} and its {@code .ann} (format:
 * docs/import-mapping.md and /shared/docs/formats.md). INCEpTION's brat export is read the same way.
 *
 * <ul>
 *   <li>{@code T} entities become mentions of actors (one mention per fragment of a discontinuous
 *       entity); entities that are event triggers are not actors.</li>
 *   <li>{@code R} relations: {@code Arg1} is the source, {@code Arg2} the target. {@code E} events:
 *       the first agent-like role is the source and the first patient-like role the target (the
 *       mapping's {@code roles}; a repeated role such as {@code Org-Arg2} is the target when no
 *       patient-like role is given); further arguments are listed in the note. Reporting events
 *       ({@code Report}) give the attribution of the event they report.</li>
 *   <li>Evidence: the sentences the relation's arguments and trigger lie in.</li>
 *   <li>{@code A} attributes on relations and events give the status or negation; {@code N}
 *       normalisations give actor ids; {@code #} notes go to the relation, or to the article;
 *       {@code *} equivalences join entities into one actor.</li>
 * </ul>
 * Offsets count code points and are converted to UTF-16. Every entity's text is checked against the
 * {@code .txt}; each problem names the {@code .ann} file and line, and the rest of the file is imported.
 */
final class BratImporter {

    private static final Pattern SPAN = Pattern.compile("(\\d+) (\\d+)");

    private final CorpusBuilder builder;
    private final ImportMapping mapping;
    private final ImportProblems problems;

    BratImporter(CorpusBuilder builder) {
        this.builder = builder;
        this.mapping = builder.mapping();
        this.problems = builder.problems();
    }

    /** An entity or trigger annotation: its UTF-16 fragments and what they cover. */
    private record Entity(String id, String type, List<TextSpan> fragments, String text, int line) {
    }

    /** A relation or event argument. */
    private record Argument(String role, String id) {
    }

    /** An R or E line. */
    private record Link(String id, String type, String trigger, List<Argument> arguments, int line) {
    }

    private record Attribute(String name, String target, String value, int line) {
    }

    private record Note(String target, String text, int line) {
    }

    /**
     * @param annName the name of the {@code .ann} file, used in problems and the provenance
     * @param text the content of the {@code .txt}, exactly as in the file
     * @param ann the content of the {@code .ann}
     * @return the number of relations imported
     */
    int importDocument(String baseName, String annName, String text, String ann, BratConf conf) {
        CodePoints codePoints = new CodePoints(text);
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Map<String, String[]> normalisations = new HashMap<>();
        UnionFind same = new UnionFind();
        String[] lines = ann.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            String id = fields[0];
            try {
                switch (id.charAt(0)) {
                    case 'T' -> entity(fields, number, annName, text, codePoints).ifPresent(e -> entities.put(e.id(), e));
                    case 'R' -> links.add(relation(fields, number));
                    case 'E' -> links.add(event(fields, number));
                    case 'A', 'M' -> attributes.add(attribute(fields, number));
                    case 'N' -> {
                        String[] parts = field(fields, 1).split(" ");
                        if (parts.length < 3) {
                            throw new BadLine("expected \"N1<TAB>Reference T1 Database:id<TAB>name\"");
                        }
                        String reference = parts[2].startsWith(BratExporter.ID_DATABASE + ":")
                                ? parts[2].substring(BratExporter.ID_DATABASE.length() + 1) : parts[2];
                        normalisations.put(parts[1], new String[] {reference, fields.length > 2 ? fields[2] : null});
                    }
                    case '#' -> {
                        String[] parts = field(fields, 1).split(" ");
                        if (parts.length < 2) {
                            throw new BadLine("expected \"#1<TAB>AnnotatorNotes T1<TAB>text\"");
                        }
                        notes.add(new Note(parts[1], fields.length > 2 ? fields[2] : "", number));
                    }
                    case '*' -> {
                        String[] parts = field(fields, 1).split(" ");
                        if (parts.length < 3) {
                            throw new BadLine("expected \"*<TAB>Equiv T1 T2 ...\"");
                        }
                        for (int k = 2; k < parts.length; k++) {
                            same.join(parts[1], parts[k]);
                        }
                    }
                    default -> throw new BadLine("unknown annotation \"" + id + "\": expected an id starting with "
                            + "T, R, E, A, M, N, # or *");
                }
            } catch (BadLine e) {
                problems.error(annName, String.valueOf(number), e.getMessage() + "; the line is skipped: " + abbreviate(line));
            }
        }

        Set<String> triggers = new HashSet<>();
        links.stream().filter(l -> l.trigger() != null).forEach(l -> triggers.add(l.trigger()));

        String articleId = builder.articleId(baseName);
        Map<String, String> actorOf = new HashMap<>();
        Map<String, String> actorOfGroup = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<String> articleNotes = new ArrayList<>();
        for (Entity entity : entities.values()) {
            if (triggers.contains(entity.id()) || conf.isEventType(entity.type())) {
                continue;
            }
            String location = String.valueOf(entity.line());
            String group = same.find(entity.id());
            String actor = actorOfGroup.get(group);
            if (actor == null) {
                String[] normal = normalisationOfGroup(group, entities.keySet(), same, normalisations);
                actor = builder.actorFor(entity.text(), entity.type(), normal == null ? null : normal[0],
                        normal == null ? null : normal[1], annName, location);
                actorOfGroup.put(group, actor);
            } else {
                builder.alias(actor, entity.text());
            }
            actorOf.put(entity.id(), actor);
            for (TextSpan fragment : entity.fragments()) {
                mentions.add(new Mention(actor, fragment));
            }
        }

        Sentences sentences = new Sentences(text);
        Map<String, Link> linkById = new LinkedHashMap<>();
        links.forEach(l -> linkById.put(l.id(), l));
        Map<String, List<Attribute>> attributesOf = new HashMap<>();
        for (Attribute attribute : attributes) {
            if (entities.containsKey(attribute.target()) && !triggers.contains(attribute.target())) {
                problems.warning(annName, String.valueOf(attribute.line()), "attribute " + attribute.name()
                        + (attribute.value().isEmpty() ? "" : "=" + attribute.value()) + " of entity " + attribute.target()
                        + " is not kept: ActorGraph keeps the attributes of relations and events only");
            } else if (linkById.containsKey(attribute.target())) {
                attributesOf.computeIfAbsent(attribute.target(), k -> new ArrayList<>()).add(attribute);
            } else {
                String trigger = attribute.target();
                Optional<Link> owner = links.stream().filter(l -> trigger.equals(l.trigger())).findFirst();
                if (owner.isPresent()) {
                    attributesOf.computeIfAbsent(owner.get().id(), k -> new ArrayList<>()).add(attribute);
                } else {
                    problems.error(annName, String.valueOf(attribute.line()), "attribute " + attribute.name()
                            + " refers to " + attribute.target() + ", which is not an annotation of this file");
                }
            }
        }
        Map<String, List<String>> notesOf = new HashMap<>();
        for (Note note : notes) {
            String target = note.target();
            Optional<Link> owner = linkById.containsKey(target) ? Optional.of(linkById.get(target))
                    : links.stream().filter(l -> target.equals(l.trigger())).findFirst();
            if (owner.isPresent()) {
                notesOf.computeIfAbsent(owner.get().id(), k -> new ArrayList<>()).add(note.text());
            } else if (entities.containsKey(target)) {
                articleNotes.add(note.text());
            } else {
                problems.error(annName, String.valueOf(note.line()), "note refers to " + target
                        + ", which is not an annotation of this file; it is kept as a note of the article");
                articleNotes.add(note.text());
            }
        }

        // Reporting events: who reports which event, innermost first.
        Map<String, Link> reportOf = new HashMap<>();
        for (Link link : links) {
            if (link.trigger() != null && mapping.isReportingEvent(link.type())) {
                for (Argument argument : link.arguments()) {
                    if (linkById.containsKey(argument.id())) {
                        reportOf.putIfAbsent(argument.id(), link);
                    }
                }
            }
        }

        List<Relation> relations = new ArrayList<>();
        for (Link link : links) {
            String location = String.valueOf(link.line());
            if (link.trigger() != null && mapping.isReportingEvent(link.type())) {
                reportingNotes(link, notesOf, linkById, articleNotes);
                continue;
            }
            List<Argument> actorArguments = new ArrayList<>();
            boolean complete = true;
            for (Argument argument : link.arguments()) {
                if (actorOf.containsKey(argument.id())) {
                    actorArguments.add(argument);
                } else if (linkById.containsKey(argument.id())) {
                    problems.warning(annName, location, link.id() + ": argument " + argument.role() + ":" + argument.id()
                            + " is an event; only reporting events (\"reportingEvents\" in the mapping) can take "
                            + "events as arguments, so it is listed in the note");
                } else {
                    problems.error(annName, location, link.id() + ": argument " + argument.role() + ":" + argument.id()
                            + " is not an entity of this file");
                    complete = false;
                }
            }
            Argument[] ends = link.trigger() == null ? relationEnds(actorArguments) : eventEnds(actorArguments);
            if (!complete || ends == null) {
                if (complete) {
                    problems.error(annName, location, link.id() + " (" + link.type() + ") needs two entity arguments, "
                            + "a source and a target; it is not imported");
                }
                continue;
            }
            String type = builder.typeFor(link.type(), annName, location);
            List<TextSpan> spans = new ArrayList<>(entities.get(ends[0].id()).fragments());
            spans.addAll(entities.get(ends[1].id()).fragments());
            if (link.trigger() != null && entities.containsKey(link.trigger())) {
                spans.addAll(entities.get(link.trigger()).fragments());
            } else if (link.trigger() != null) {
                problems.error(annName, location, link.id() + ": trigger " + link.trigger() + " is not an annotation of this file");
            }
            Status status = Status.REPORTED;
            boolean negated = false;
            List<String> noteParts = new ArrayList<>(notesOf.getOrDefault(link.id(), List.of()));
            List<Attribute> applied = new ArrayList<>();
            for (Link report = reportOf.get(link.id()); report != null; report = reportOf.get(report.id())) {
                applied.addAll(0, attributesOf.getOrDefault(report.id(), List.of()));
            }
            applied.addAll(attributesOf.getOrDefault(link.id(), List.of()));
            for (Attribute attribute : applied) {
                Optional<String> meaning = mapping.attributeMeaning(attribute.name(), attribute.value());
                if (meaning.isEmpty()) {
                    problems.warningOnce("attribute:" + attribute.name() + "=" + attribute.value(), annName,
                            String.valueOf(attribute.line()), "attribute " + attribute.name()
                                    + (attribute.value().isEmpty() ? "" : "=" + attribute.value())
                                    + " is not in the mapping (\"attributes\"): it is kept in the relation's note");
                    noteParts.add(attribute.name() + (attribute.value().isEmpty() ? "" : ": " + attribute.value()));
                } else if (meaning.get().equals(ImportMapping.NEGATED)) {
                    negated = true;
                } else {
                    status = Status.fromJsonName(meaning.get()).orElse(Status.REPORTED);
                }
            }
            for (Argument argument : link.arguments()) {
                if (argument != ends[0] && argument != ends[1]) {
                    noteParts.add("also " + argument.role() + ": " + describe(argument.id(), entities, linkById));
                }
            }
            Attribution attribution = null;
            Link report = reportOf.get(link.id());
            if (report != null) {
                attribution = attribution(report, entities, actorOf);
                List<String> outer = new ArrayList<>();
                for (Link r = reportOf.get(report.id()); r != null; r = reportOf.get(r.id())) {
                    Argument by = firstAgent(r, actorOf);
                    outer.add((by == null ? "?" : entities.get(by.id()).text()) + " (" + triggerText(r, entities) + ")");
                }
                if (!outer.isEmpty()) {
                    noteParts.add("passed on by " + String.join(", then ", outer));
                }
            }
            String note = noteParts.isEmpty() ? null : String.join("; ", noteParts);
            relations.add(new Relation(builder.relationId(articleId), articleId, actorOf.get(ends[0].id()),
                    actorOf.get(ends[1].id()), type, status, negated, null, attribution, sentences.covering(spans), note));
        }

        builder.addArticle(new Article(articleId, title(text, articleId), null, null, null, text, mentions,
                new Provenance("brat", annName), articleNotes));
        relations.forEach(builder::addRelation);
        return relations.size();
    }

    /** Notes on a reporting event go to the event it reports, or to the article. */
    private static void reportingNotes(Link report, Map<String, List<String>> notesOf, Map<String, Link> linkById,
                                       List<String> articleNotes) {
        List<String> own = notesOf.get(report.id());
        if (own != null) {
            articleNotes.addAll(own);
        }
    }

    private Attribution attribution(Link report, Map<String, Entity> entities, Map<String, String> actorOf) {
        Argument by = firstAgent(report, actorOf);
        if (by == null) {
            return null;
        }
        Entity trigger = entities.get(report.trigger());
        TextSpan cue = trigger == null ? null : new TextSpan(trigger.fragments().get(0).start(),
                trigger.fragments().get(trigger.fragments().size() - 1).end());
        return new Attribution(entities.get(by.id()).text().strip().replaceAll("\\s+", " "), cue);
    }

    private Argument firstAgent(Link report, Map<String, String> actorOf) {
        Argument fallback = null;
        for (Argument argument : report.arguments()) {
            if (actorOf.containsKey(argument.id())) {
                if (mapping.isAgentRole(baseRole(argument.role()))) {
                    return argument;
                }
                fallback = fallback == null ? argument : fallback;
            }
        }
        return fallback;
    }

    private static String triggerText(Link link, Map<String, Entity> entities) {
        Entity trigger = entities.get(link.trigger());
        return trigger == null ? link.type() : trigger.text();
    }

    private static String describe(String id, Map<String, Entity> entities, Map<String, Link> links) {
        if (entities.containsKey(id)) {
            return entities.get(id).text();
        }
        Link link = links.get(id);
        return link == null ? id : "the " + link.type() + " event " + id;
    }

    /** Arg1 → source, Arg2 → target; other role names in the order given. */
    private static Argument[] relationEnds(List<Argument> arguments) {
        Argument source = null;
        Argument target = null;
        for (Argument a : arguments) {
            if (a.role().equals("Arg1") && source == null) {
                source = a;
            } else if (a.role().equals("Arg2") && target == null) {
                target = a;
            }
        }
        for (Argument a : arguments) {
            if (source == null && a != target) {
                source = a;
            } else if (target == null && a != source) {
                target = a;
            }
        }
        return source == null || target == null ? null : new Argument[] {source, target};
    }

    /** The first agent-like argument, then the first patient-like one (or the agent's role repeated). */
    private Argument[] eventEnds(List<Argument> arguments) {
        Argument source = null;
        for (Argument a : arguments) {
            if (mapping.isAgentRole(baseRole(a.role()))) {
                source = a;
                break;
            }
        }
        Argument target = null;
        for (Argument a : arguments) {
            if (a != source && mapping.isPatientRole(baseRole(a.role()))) {
                target = a;
                break;
            }
        }
        if (source != null && target == null) {
            for (Argument a : arguments) {
                if (a != source && baseRole(a.role()).equals(baseRole(source.role()))) {
                    target = a;
                    break;
                }
            }
        }
        if (source == null || target == null) {
            List<Argument> rest = new ArrayList<>(arguments);
            rest.remove(source);
            rest.remove(target);
            if (source == null && !rest.isEmpty()) {
                source = rest.remove(0);
            }
            if (target == null && !rest.isEmpty()) {
                target = rest.remove(0);
            }
        }
        return source == null || target == null ? null : new Argument[] {source, target};
    }

    /** {@code Org-Arg2} → {@code Org}: without the "-Arg" suffix and the digits brat adds to repeats. */
    static String baseRole(String role) {
        String r = role.replaceAll("\\d+$", "");
        if (r.endsWith("-Arg")) {
            r = r.substring(0, r.length() - 4);
        }
        return r.isEmpty() ? role : r;
    }

    private static String[] normalisationOfGroup(String group, Set<String> ids, UnionFind same,
                                                 Map<String, String[]> normalisations) {
        for (String id : ids) {
            if (normalisations.containsKey(id) && same.find(id).equals(group)) {
                return normalisations.get(id);
            }
        }
        return null;
    }

    private Optional<Entity> entity(String[] fields, int number, String annName, String text, CodePoints codePoints)
            throws BadLine {
        String[] typeAndSpans = field(fields, 1).split(" ", 2);
        if (typeAndSpans.length < 2) {
            throw new BadLine("expected \"T1<TAB>Type start end<TAB>text\"");
        }
        String claimed = fields.length > 2 ? fields[2] : null;
        List<TextSpan> fragments = new ArrayList<>();
        StringBuilder covered = new StringBuilder();
        for (String part : typeAndSpans[1].split(";")) {
            Matcher m = SPAN.matcher(part.strip());
            if (!m.matches()) {
                throw new BadLine("bad span \"" + part + "\": expected \"start end\" (code point offsets), "
                        + "fragments separated by ';'");
            }
            int start;
            int end;
            try {
                start = Integer.parseInt(m.group(1));
                end = Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                throw new BadLine("offset too large in \"" + part + "\"");
            }
            if (end < start || end > codePoints.length()) {
                throw new BadLine("span " + start + "-" + end + " lies outside the text of the .txt file, which is "
                        + codePoints.length() + " code points long");
            }
            TextSpan span = new TextSpan(codePoints.toUtf16(start), codePoints.toUtf16(end));
            fragments.add(span);
            if (covered.length() > 0) {
                covered.append(' ');
            }
            covered.append(span.of(text));
        }
        String actual = covered.toString();
        if (claimed != null && !sameText(claimed, actual)) {
            int nearest = nearest(text, claimed, fragments.get(0).start());
            if (fragments.size() == 1 && nearest >= 0) {
                problems.warning(annName, String.valueOf(number), fields[0] + ": the .ann says \"" + claimed
                        + "\" but the .txt has \"" + actual + "\" at code points " + typeAndSpans[1]
                        + "; the nearest \"" + claimed + "\" (code points " + codePoints.toCodePoints(nearest) + "-"
                        + codePoints.toCodePoints(nearest + claimed.length()) + ") is used instead");
                fragments = List.of(new TextSpan(nearest, nearest + claimed.length()));
                actual = claimed;
            } else {
                throw new BadLine(fields[0] + ": the .ann says \"" + claimed + "\" but the .txt has \"" + actual
                        + "\" at code points " + typeAndSpans[1] + " (is the .txt the one that was annotated?)");
            }
        }
        return Optional.of(new Entity(fields[0], typeAndSpans[0], fragments, actual, number));
    }

    /** brat writes a line break inside a span as a blank in the .ann. */
    private static boolean sameText(String claimed, String actual) {
        return claimed.equals(actual) || claimed.replaceAll("\\s", " ").equals(actual.replaceAll("\\s", " "));
    }

    private static int nearest(String text, String claimed, int near) {
        if (claimed.isEmpty()) {
            return -1;
        }
        int best = -1;
        for (int at = text.indexOf(claimed); at >= 0; at = text.indexOf(claimed, at + 1)) {
            if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) {
                best = at;
            }
        }
        return best;
    }

    private static Link relation(String[] fields, int number) throws BadLine {
        String[] parts = field(fields, 1).strip().split(" ");
        if (parts.length < 3) {
            throw new BadLine("expected \"R1<TAB>Type Arg1:T1 Arg2:T2\"");
        }
        return new Link(fields[0], parts[0], null, arguments(parts, 1), number);
    }

    private static Link event(String[] fields, int number) throws BadLine {
        String[] parts = field(fields, 1).strip().split(" ");
        int colon = parts[0].indexOf(':');
        if (colon <= 0) {
            throw new BadLine("expected \"E1<TAB>Type:T1 Role:T2 ...\" with the trigger first");
        }
        return new Link(fields[0], parts[0].substring(0, colon), parts[0].substring(colon + 1), arguments(parts, 1), number);
    }

    private static List<Argument> arguments(String[] parts, int from) throws BadLine {
        List<Argument> arguments = new ArrayList<>();
        for (int i = from; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            int colon = parts[i].indexOf(':');
            if (colon <= 0 || colon == parts[i].length() - 1) {
                throw new BadLine("bad argument \"" + parts[i] + "\": expected Role:Id");
            }
            arguments.add(new Argument(parts[i].substring(0, colon), parts[i].substring(colon + 1)));
        }
        return arguments;
    }

    private static Attribute attribute(String[] fields, int number) throws BadLine {
        String[] parts = field(fields, 1).strip().split(" ");
        if (parts.length < 2) {
            throw new BadLine("expected \"A1<TAB>Name E1\" or \"A1<TAB>Name E1 Value\"");
        }
        return new Attribute(parts[0], parts[1], parts.length > 2 ? parts[2] : "", number);
    }

    private static String field(String[] fields, int index) throws BadLine {
        if (fields.length <= index || fields[index].isBlank()) {
            throw new BadLine("expected tab-separated fields, found " + fields.length);
        }
        return fields[index];
    }

    /** The first non-blank line of the text, shortened, as the article title. */
    static String title(String text, String fallback) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t.length() <= 100 ? t : t.substring(0, t.offsetByCodePoints(0, Math.min(97, t.codePointCount(0, t.length())))) + "...";
            }
        }
        return fallback;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    /** A line that cannot be read; its message says what was expected. */
    private static final class BadLine extends Exception {
        BadLine(String message) {
            super(message);
        }
    }

    /** Groups of entities that are the same actor. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String id) {
            String p = parent.getOrDefault(id, id);
            if (p.equals(id)) {
                return id;
            }
            String root = find(p);
            parent.put(id, root);
            return root;
        }

        void join(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }
    }
}
