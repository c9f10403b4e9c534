package org.actorgraph.io.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;

/**
 * Collects what the importers read into one corpus. Actors are merged by id and by name or alias
 * (case, blanks, '-' and '_' do not matter), so the same actor named in two files, or in two
 * formats, is one vertex. Labels the mapping does not know become new actors and relation types
 * with a warning, never silently dropped. Ids stay unique: a second article from a file of the same
 * name gets a suffix.
 */
final class CorpusBuilder {

    private final ImportMapping mapping;
    private final ImportProblems problems;
    private final Map<String, Draft> actors = new LinkedHashMap<>();
    private final Map<String, String> actorByName = new HashMap<>();
    private final Map<String, RelationType> types = new LinkedHashMap<>();
    private final Map<String, String> createdTypeByLabel = new HashMap<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Set<String> relationIds = new java.util.HashSet<>();
    private final Map<String, Integer> nextRelation = new HashMap<>();

    CorpusBuilder(ImportMapping mapping, ImportProblems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    ImportMapping mapping() {
        return mapping;
    }

    ImportProblems problems() {
        return problems;
    }

    /**
     * The actor an entity annotation stands for: the actor with {@code explicitId} (a normalisation
     * or a code), else the mapped or already known actor of that name or alias, else a new actor.
     *
     * @param name the name, usually the annotated text
     * @param label the entity label, which gives the kind of a new actor
     * @param explicitId an id given by the annotation, or null
     * @param explicitName the name that goes with that id, or null
     */
    String actorFor(String name, String label, String explicitId, String explicitName, String file, String location) {
        String cleanName = name.strip().replaceAll("\\s+", " ");
        ActorKind kind = kindOf(label, file, location);
        if (explicitId != null) {
            String actorName = explicitName != null && !explicitName.isBlank() ? explicitName.strip() : cleanName;
            String id = ensure(explicitId, actorName, kind, file, location);
            alias(id, cleanName);
            return id;
        }
        String known = actorByName.get(ImportMapping.key(cleanName));
        if (known != null) {
            checkKind(known, kind, label, file, location);
            return known;
        }
        Optional<Actor> mapped = mapping.actorNamed(cleanName);
        if (mapped.isPresent()) {
            String id = use(mapped.get());
            alias(id, cleanName);
            return id;
        }
        return create(uniqueId(slug(cleanName)), cleanName, kind);
    }

    /** Makes an entity with a known id part of the same actor as {@code id}, recording its name as an alias. */
    void alias(String id, String name) {
        Draft draft = actors.get(id);
        String key = ImportMapping.key(name);
        if (draft == null || key.isEmpty()) {
            return;
        }
        if (!ImportMapping.key(draft.name).equals(key)
                && draft.aliases.stream().noneMatch(a -> ImportMapping.key(a).equals(key))) {
            draft.aliases.add(name.strip().replaceAll("\\s+", " "));
        }
        actorByName.putIfAbsent(key, id);
    }

    /**
     * The actor with this id, created with the given name and kind if it is new. A mapped actor of
     * that id is taken from the mapping; a known one whose name or kind differ is reported.
     */
    String ensure(String id, String name, ActorKind kind, String file, String location) {
        Draft existing = actors.get(id);
        if (existing == null) {
            Optional<Actor> mapped = mapping.actor(id);
            if (mapped.isPresent()) {
                use(mapped.get());
                alias(id, name);
                return id;
            }
            return create(id, name, kind);
        }
        if (!ImportMapping.key(existing.name).equals(ImportMapping.key(name))
                && existing.aliases.stream().noneMatch(a -> ImportMapping.key(a).equals(ImportMapping.key(name)))) {
            problems.warning(file, location, "actor " + id + " is \"" + existing.name + "\" elsewhere and \""
                    + name + "\" here; \"" + existing.name + "\" is kept and \"" + name + "\" becomes an alias");
            alias(id, name);
        }
        if (kind != ActorKind.OTHER && existing.kind != kind) {
            if (existing.kind == ActorKind.OTHER && !existing.fromMapping) {
                existing.kind = kind;
            } else {
                problems.warningOnce("kind:" + id + ":" + kind, file, location, "actor " + id + " (\"" + existing.name
                        + "\") is a " + existing.kind.jsonName() + " elsewhere and a " + kind.jsonName()
                        + " here; " + existing.kind.jsonName() + " is kept");
            }
        }
        return id;
    }

    private void checkKind(String id, ActorKind kind, String label, String file, String location) {
        Draft existing = actors.get(id);
        if (kind == ActorKind.OTHER || existing.kind == kind) {
            return;
        }
        if (existing.kind == ActorKind.OTHER && !existing.fromMapping) {
            existing.kind = kind;
            return;
        }
        problems.warningOnce("kind:" + id + ":" + kind, file, location, "\"" + existing.name + "\" is a "
                + existing.kind.jsonName() + " elsewhere but labelled " + label + " (" + kind.jsonName()
                + ") here; it stays one actor, a " + existing.kind.jsonName());
    }

    /** The kind an entity label gives; an unknown label gives "other" and a warning. */
    ActorKind kindOf(String label, String file, String location) {
        if (label == null) {
            return ActorKind.OTHER;
        }
        Optional<ActorKind> kind = mapping.kindOf(label);
        if (kind.isEmpty()) {
            problems.warningOnce("label:" + ImportMapping.key(label), file, location, "entity label \"" + label
                    + "\" is not in the mapping: its actors are imported with kind \"other\" "
                    + "(add the label to \"entityLabels\" in a mapping file)");
            return ActorKind.OTHER;
        }
        return kind.get();
    }

    /** Adds a mapped actor (and the actor it is affiliated to) to the corpus. */
    String use(Actor actor) {
        if (!actors.containsKey(actor.id())) {
            Draft draft = new Draft(actor.id(), actor.name(), actor.kind(), actor.affiliation(), true);
            draft.aliases.addAll(actor.aliases());
            actors.put(actor.id(), draft);
            actorByName.putIfAbsent(ImportMapping.key(actor.name()), actor.id());
            if (actor.affiliation() != null) {
                mapping.actor(actor.affiliation()).ifPresent(this::use);
            }
        }
        return actor.id();
    }

    private String create(String id, String name, ActorKind kind) {
        actors.put(id, new Draft(id, name, kind, null, false));
        actorByName.putIfAbsent(ImportMapping.key(name), id);
        return id;
    }

    private String uniqueId(String base) {
        String id = base.isEmpty() ? "actor" : base;
        for (int n = 2; actors.containsKey(id) || mapping.actor(id).isPresent(); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    /** A readable id: lower case letters and digits of any script, other characters as '_'. */
    static String slug(String s) {
        StringBuilder b = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && b.length() > 0) {
                    b.append('_');
                }
                b.appendCodePoint(Character.toLowerCase(cp));
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /** The relation type of a label: mapped, else created from the label with a warning. */
    String typeFor(String label, String file, String location) {
        String clean = label == null || label.isBlank() ? "related" : label.strip();
        Optional<RelationType> mapped = mapping.typeOf(clean);
        if (mapped.isPresent()) {
            types.putIfAbsent(mapped.get().id(), mapped.get());
            return mapped.get().id();
        }
        String key = ImportMapping.key(clean);
        String existing = createdTypeByLabel.get(key);
        if (existing != null) {
            return existing;
        }
        String base = slug(clean).isEmpty() ? "related" : slug(clean);
        String id = base;
        for (int n = 2; types.containsKey(id) || mapping.typeOf(id).isPresent(); n++) {
            id = base + "_" + n;
        }
        problems.warningOnce("type:" + key, file, location, "relation label \"" + clean + "\" is not in the mapping: "
                + "a relation type \"" + id + "\" is created for it (map it in \"relationTypes\" of a mapping file)");
        types.put(id, new RelationType(id, clean, Palette.color(types.size()), "Imported label \"" + clean + "\"",
                List.of(), null));
        createdTypeByLabel.put(key, id);
        return id;
    }

    /** The relation type of a CAMEO event code, or a new "CAMEO nn" type for an unmapped root. */
    String typeForCameo(String code, String file, String location) {
        Optional<RelationType> mapped = mapping.typeOfCameo(code);
        if (mapped.isPresent()) {
            types.putIfAbsent(mapped.get().id(), mapped.get());
            return mapped.get().id();
        }
        String root = code.length() >= 2 ? code.substring(0, 2) : code;
        String id = "cameo_" + root;
        if (!types.containsKey(id)) {
            problems.warningOnce("cameo:" + root, file, location, "CAMEO code " + code + " (root " + root
                    + ") is not in the mapping: relation type \"" + id + "\" is created for its root");
            types.put(id, new RelationType(id, "CAMEO " + root, Palette.color(types.size()),
                    "CAMEO root code " + root, List.of(root), null));
        }
        return id;
    }

    /** An article id based on {@code base} that no article of this import has yet. */
    String articleId(String base) {
        String clean = base.isBlank() ? "article" : base.strip();
        String id = clean;
        for (int n = 2; articles.containsKey(id); n++) {
            id = clean + "-" + n;
        }
        return id;
    }

    boolean hasActor(String id) {
        return actors.containsKey(id);
    }

    String actorName(String id) {
        return actors.get(id).name;
    }

    void addArticle(Article article) {
        if (articles.putIfAbsent(article.id(), article) != null) {
            throw new IllegalArgumentException("duplicate article id " + article.id());
        }
    }

    /** A relation id of the article not used yet: {@code ARTICLE-rN}. */
    String relationId(String articleId) {
        String id;
        int n = nextRelation.getOrDefault(articleId, 1);
        do {
            id = articleId + "-r" + n++;
        } while (relationIds.contains(id));
        nextRelation.put(articleId, n);
        relationIds.add(id);
        return id;
    }

    /** The actor with this id, created if it is new; no check of its name (GDELT spells names many ways). */
    String ensureQuietly(String id, String name, ActorKind kind) {
        if (!actors.containsKey(id)) {
            Optional<Actor> mapped = mapping.actor(id);
            if (mapped.isPresent()) {
                return use(mapped.get());
            }
            create(id, name, kind);
        }
        return id;
    }

    void addRelation(Relation relation) {
        relationIds.add(relation.id());
        relations.add(relation);
    }

    int articleCount() {
        return articles.size();
    }

    int relationCount() {
        return relations.size();
    }

    /** The corpus: actors and types in order of first use, articles in import order. */
    Corpus build(String title) {
        List<Actor> actorList = new ArrayList<>();
        for (Draft d : actors.values()) {
            String affiliation = d.affiliation != null && actors.containsKey(d.affiliation) ? d.affiliation : null;
            actorList.add(new Actor(d.id, d.name, d.kind, List.copyOf(d.aliases), affiliation));
        }
        Map<String, List<Relation>> byArticle = new LinkedHashMap<>();
        articles.keySet().forEach(id -> byArticle.put(id, new ArrayList<>()));
        relations.forEach(r -> byArticle.get(r.articleId()).add(r));
        List<Relation> ordered = new ArrayList<>();
        byArticle.values().forEach(ordered::addAll);
        return new Corpus(title, actorList, List.copyOf(types.values()), List.copyOf(articles.values()), ordered);
    }

    /** An actor while the import is under way: names and kinds may still be refined. */
    private static final class Draft {
        final String id;
        final String name;
        ActorKind kind;
        final String affiliation;
        final boolean fromMapping;
        final Set<String> aliases = new LinkedHashSet<>();

        Draft(String id, String name, ActorKind kind, String affiliation, boolean fromMapping) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.affiliation = affiliation;
            this.fromMapping = fromMapping;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
