package org.actorgraph.io.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** What an importer needs from brat's {@code annotation.conf}: which types are events. */
final class BratConf {

    static final BratConf NONE = new BratConf(Set.of(), Set.of());

    private final Set<String> entityTypes;
    private final Set<String> eventTypes;

    private BratConf(Set<String> entityTypes, Set<String> eventTypes) {
        this.entityTypes = entityTypes;
        this.eventTypes = eventTypes;
    }

    static BratConf read(Path file) throws IOException {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        String section = "";
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            if (line.startsWith("<") && line.contains("=")) {
                continue; // a macro
            }
            String type = line.split("\\s+", 2)[0];
            if (type.startsWith("!")) {
                type = type.substring(1);
            }
            if (section.equals("entities")) {
                entities.add(type);
            } else if (section.equals("events")) {
                events.add(type);
            }
        }
        return new BratConf(Set.copyOf(entities), Set.copyOf(events));
    }

    boolean isEventType(String type) {
        return eventTypes.contains(type);
    }

    boolean isEntityType(String type) {
        return entityTypes.contains(type);
    }
}
