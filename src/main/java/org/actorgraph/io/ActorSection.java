package org.actorgraph.io;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;

/**
 * Reads {@code $.actors}. Affiliations may point forward to actors defined later, so they are
 * checked after the whole section has been read, and then searched for cycles.
 */
final class ActorSection {

    private final Problems problems;
    private final IdRegistry actorIds;

    ActorSection(Problems problems, IdRegistry actorIds) {
        this.problems = problems;
        this.actorIds = actorIds;
    }

    List<Actor> read(JsonArray array, JsonPath path) {
        List<Actor> actors = new ArrayList<>();
        Map<String, String> affiliations = new LinkedHashMap<>();
        Map<String, JsonPath> affiliationPaths = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields fields = JsonFields.of(array.get(i), path.index(i), CorpusFormat.ACTOR, problems);
            if (fields == null) {
                continue;
            }
            String id = fields.nonBlankString("id");
            boolean firstDefinition = id != null && actorIds.define(id, fields.path("id"));
            String name = fields.nonBlankString("name");
            ActorKind kind = kind(fields);
            List<String> aliases = fields.stringList("aliases");
            String affiliation = fields.nonBlankString("affiliation");
            if (affiliation != null) {
                // Keyed by position, not id, so that a duplicate id's affiliation is still checked.
                String key = firstDefinition ? id : "\u0000" + i;
                affiliations.put(key, affiliation);
                affiliationPaths.put(key, fields.path("affiliation"));
            }
            if (id != null && name != null && kind != null) {
                actors.add(new Actor(id, name, kind, aliases, affiliation));
            }
        }
        affiliations.forEach((actor, affiliation) -> actorIds.checkReference(affiliation, affiliationPaths.get(actor)));
        AffiliationCycles.report(affiliations, affiliationPaths, problems);
        return actors;
    }

    private ActorKind kind(JsonFields fields) {
        String name = fields.nonBlankString("kind");
        if (name == null) {
            return null;
        }
        Optional<ActorKind> kind = CorpusFormat.kind(name);
        if (kind.isEmpty()) {
            problems.error(fields.path("kind"), "unknown actor kind " + Describe.quote(name) + ": expected one of "
                    + CorpusFormat.kindNames());
        }
        return kind.orElse(null);
    }
}
