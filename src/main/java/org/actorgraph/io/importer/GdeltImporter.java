package org.actorgraph.io.importer;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.io.ProgressListener;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.Provenance;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;

/**
 * Imports GDELT event files: tab-separated, no header; 61 columns are GDELT 2.0, 58 GDELT 1.0 and 57
 * GDELT 1.0 before April 2013 (no SOURCEURL). Files are streamed line by line, so a day of GDELT 2.0
 * (100,000–200,000 events) is never held in memory as text.
 *
 * <ul>
 *   <li>Actors: the mapping's actor for the full actor code ({@code RUSMIL}), else for the country
 *       code ({@code RUS}), else a new state actor with the country code as id; without a country,
 *       the known group code or the code itself. Events without two actors cannot be relations and
 *       are counted and reported once per file.</li>
 *   <li>Type: the mapping's type for {@code EventCode} (leading zeros kept), its base code or its root.</li>
 *   <li>Status "reported"; date from {@code SQLDATE}; {@code NumMentions}, {@code NumSources},
 *       {@code NumArticles}, {@code GoldsteinScale} and {@code AvgTone} are kept as measures.</li>
 *   <li>Evidence: one article per source URL whose text is the URL; the evidence is that whole text.
 *       Rows without a URL (57 columns) share one article per file whose text is the file name.</li>
 *   <li>With aggregation, events with the same two actors and CAMEO root become one relation with
 *       the number of events, summed mentions, sources and articles, mean Goldstein and tone, the
 *       period from the first to the last date, and an article listing the distinct source URLs.</li>
 * </ul>
 */
final class GdeltImporter {

    private static final int MAX_LINE_PROBLEMS = 50;
    private static final int PROGRESS_EVERY = 5_000;

    private final CorpusBuilder builder;
    private final ImportProblems problems;
    private final boolean aggregate;
    private final Map<String, String> actorByCode = new HashMap<>();
    private final Map<String, String> articleByUrl = new HashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private int articleNumber;

    GdeltImporter(CorpusBuilder builder, boolean aggregate) {
        this.builder = builder;
        this.problems = builder.problems();
        this.aggregate = aggregate;
    }

    /** Whether the first line of the file has the column count of a GDELT event file. */
    static boolean looksLikeGdelt(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null) {
                return false;
            }
            int columns = split(line).length;
            return (columns == 61 || columns == 58 || columns == 57) && line.indexOf('\t') > 0
                    && line.substring(0, line.indexOf('\t')).chars().allMatch(Character::isDigit);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The version a column count stands for, or null. */
    static String version(int columns) {
        return switch (columns) {
            case 61 -> "2.0";
            case 58 -> "1.0";
            case 57 -> "1.0 (before April 2013)";
            default -> null;
        };
    }

    void importFile(Path file, ProgressListener progress, CancellationToken cancel) {
        String name = Importer.name(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            problems.error(name, "", "cannot read: " + e.getMessage());
            return;
        }
        int lineProblems = 0;
        int oneActor = 0;
        int firstOneActor = 0;
        int columnsOfFile = -1;
        try (CountingStream counting = new CountingStream(Files.newInputStream(file));
             BufferedReader reader = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number % 1000 == 0) {
                    cancel.throwIfCancelled();
                }
                if (number % PROGRESS_EVERY == 0) {
                    progress.progress(counting.count, size, "Importing " + name + ": " + number + " events");
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] c = split(line);
                String problem = null;
                if (version(c.length) == null) {
                    problem = "expected 61 (GDELT 2.0), 58 or 57 (GDELT 1.0) tab-separated columns, found " + c.length
                            + "; the row is skipped";
                } else if (columnsOfFile < 0) {
                    columnsOfFile = c.length;
                } else if (c.length != columnsOfFile) {
                    problem = "this row has " + c.length + " columns (GDELT " + version(c.length) + ") but the file began "
                            + "with " + columnsOfFile + " (GDELT " + version(columnsOfFile) + "); the row is skipped";
                }
                if (problem == null) {
                    if (c[5].isBlank() || c[15].isBlank()) {
                        if (oneActor++ == 0) {
                            firstOneActor = number;
                        }
                        continue;
                    }
                    problem = row(c, name, number);
                }
                if (problem != null && lineProblems++ < MAX_LINE_PROBLEMS) {
                    problems.error(name, String.valueOf(number), problem);
                }
            }
            progress.progress(size, size, "Imported " + name + ": " + number + " rows");
        } catch (IOException e) {
            problems.error(name, "", "cannot read: " + e.getMessage());
        }
        if (lineProblems > MAX_LINE_PROBLEMS) {
            problems.error(name, "", "and " + (lineProblems - MAX_LINE_PROBLEMS) + " more rows with problems were skipped");
        }
        if (oneActor > 0) {
            problems.warning(name, String.valueOf(firstOneActor), oneActor + " event" + (oneActor == 1 ? " has" : "s have")
                    + " fewer than two actors (Actor1Code or Actor2Code empty) and cannot be relations; "
                    + (oneActor == 1 ? "it is" : "they are") + " not imported (the first is on this line)");
        }
    }

    /** Imports one row; returns a problem, or null. */
    private String row(String[] c, String file, int line) {
        String eventCode = c[26].strip();
        if (eventCode.isEmpty() || !eventCode.chars().allMatch(Character::isDigit)) {
            return "EventCode \"" + eventCode + "\" is not a CAMEO code (digits, leading zeros kept); the row is skipped";
        }
        Optional<DatePeriod> date = c[1].length() == 8
                ? DatePeriod.parse(c[1].substring(0, 4) + "-" + c[1].substring(4, 6) + "-" + c[1].substring(6, 8))
                : Optional.empty();
        if (date.isEmpty()) {
            return "SQLDATE \"" + c[1] + "\" is not a date YYYYMMDD; the row is skipped";
        }
        String location = String.valueOf(line);
        String source = actor(c[5], c[6], c[7], c[8], file, location);
        String target = actor(c[15], c[16], c[17], c[18], file, location);
        Map<String, Double> measures = new LinkedHashMap<>();
        String[] names = {"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"};
        for (int i = 0; i < names.length; i++) {
            String value = c[30 + i].strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                measures.put(names[i], Double.parseDouble(value));
            } catch (NumberFormatException e) {
                return names[i] + " \"" + value + "\" is not a number; the row is skipped";
            }
        }
        String url = c.length == 57 ? null : c[c.length - 1].strip();
        String added = c[c.length == 57 ? 56 : c.length - 2].strip();
        if (aggregate) {
            String root = eventCode.length() >= 2 ? eventCode.substring(0, 2) : eventCode;
            String type = builder.typeForCameo(root, file, location);
            Group group = groups.computeIfAbsent(source + '\u0000' + target + '\u0000' + root,
                    k -> new Group(source, target, type, root, file));
            group.add(date.get(), measures, url == null || url.isEmpty() ? file : url);
            return null;
        }
        String type = builder.typeForCameo(eventCode, file, location);
        String articleId = article(url == null || url.isEmpty() ? file : url, url != null && !url.isEmpty(), added, file);
        int length = url == null || url.isEmpty() ? file.length() : url.length();
        builder.addRelation(new Relation(builder.relationId(articleId), articleId, source, target, type, Status.REPORTED,
                false, date.get(), null, List.of(new TextSpan(0, length)),
                "GDELT event " + c[0].strip() + ", CAMEO " + eventCode, measures));
        return null;
    }

    private String article(String text, boolean isUrl, String added, String file) {
        String existing = articleByUrl.get(text);
        if (existing != null) {
            return existing;
        }
        String id = builder.articleId("gdelt-" + (++articleNumber));
        DatePeriod date = added.length() >= 8 ? DatePeriod.parse(added.substring(0, 4) + "-" + added.substring(4, 6)
                + "-" + added.substring(6, 8)).orElse(null) : null;
        builder.addArticle(new Article(id, isUrl ? text : "GDELT events of " + file, isUrl ? host(text) : null, date,
                isUrl ? text : null, text, List.of(), new Provenance("gdelt", file), List.of()));
        articleByUrl.put(text, id);
        return id;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String actor(String code, String name, String country, String group, String file, String location) {
        String key = code + '\u0000' + country + '\u0000' + group;
        String cached = actorByCode.get(key);
        if (cached != null) {
            return cached;
        }
        String id;
        Optional<Actor> mapped = builder.mapping().actorForCode(code);
        if (mapped.isPresent()) {
            id = builder.use(mapped.get());
        } else if (!country.isBlank()) {
            Optional<Actor> state = builder.mapping().actorForCode(country);
            if (state.isPresent()) {
                id = builder.use(state.get());
            } else {
                problems.warningOnce("gdelt-country:" + country, file, location, "country code " + country
                        + " is not in the mapping: actor " + country + " (\"" + titleCase(name) + "\") is created");
                id = builder.ensureQuietly(country, titleCase(name.isBlank() ? country : name), ActorKind.STATE);
            }
        } else {
            String own = group.isBlank() ? code : group;
            Optional<Actor> known = builder.mapping().actorForCode(own);
            if (known.isPresent()) {
                id = builder.use(known.get());
            } else {
                problems.warningOnce("gdelt-code:" + own, file, location, "actor code " + own
                        + " is not in the mapping: actor " + own + " (\"" + titleCase(name) + "\") is created");
                id = builder.ensureQuietly(own, titleCase(name.isBlank() ? own : name),
                        group.isBlank() ? ActorKind.GROUP : ActorKind.ORGANISATION);
            }
        }
        actorByCode.put(key, id);
        return id;
    }

    /** GDELT writes names in capitals: "NORTH KOREA" → "North Korea". */
    static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (char ch : name.strip().toCharArray()) {
            b.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = !Character.isLetter(ch) && ch != '\'';
        }
        return b.toString();
    }

    /** Writes the aggregated relations; nothing to do without aggregation. */
    void finish() {
        int n = 0;
        for (Group group : groups.values()) {
            String text = String.join("\n", group.sources);
            String articleId = builder.articleId("gdelt-aggregate-" + (++n));
            builder.addArticle(new Article(articleId, "GDELT events " + group.source + " → " + group.target + ", CAMEO "
                    + group.root, null, null, null, text, List.of(), new Provenance("gdelt", group.file), List.of()));
            List<TextSpan> evidence = new ArrayList<>();
            int at = 0;
            for (String s : group.sources) {
                evidence.add(new TextSpan(at, at + s.length()));
                at += s.length() + 1;
            }
            Map<String, Double> measures = new LinkedHashMap<>();
            measures.put("Events", (double) group.events);
            measures.put("NumMentions", group.mentions);
            measures.put("NumSources", group.sourcesCount);
            measures.put("NumArticles", group.articles);
            measures.put("GoldsteinScale", group.goldsteinCount == 0 ? 0 : group.goldstein / group.goldsteinCount);
            measures.put("AvgTone", group.toneCount == 0 ? 0 : group.tone / group.toneCount);
            String period = group.first.equals(group.last) ? group.first.toString() : group.first + "/" + group.last;
            builder.addRelation(new Relation(builder.relationId(articleId), articleId, group.source, group.target,
                    group.type, Status.REPORTED, false, DatePeriod.parse(period).orElse(null), null, evidence,
                    group.events + " GDELT events, CAMEO root " + group.root, measures));
        }
        groups.clear();
    }

    /** Splits at tabs, keeping empty columns (String.split would drop trailing ones). */
    static String[] split(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                count++;
            }
        }
        String[] result = new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                result[k++] = line.substring(start, i);
                start = i + 1;
            }
        }
        return result;
    }

    /** The events of one source, target and CAMEO root. */
    private static final class Group {
        final String source;
        final String target;
        final String type;
        final String root;
        final String file;
        final Set<String> sources = new LinkedHashSet<>();
        int events;
        double mentions;
        double sourcesCount;
        double articles;
        double goldstein;
        int goldsteinCount;
        double tone;
        int toneCount;
        java.time.LocalDate first;
        java.time.LocalDate last;

        Group(String source, String target, String type, String root, String file) {
            this.source = source;
            this.target = target;
            this.type = type;
            this.root = root;
            this.file = file;
        }

        void add(DatePeriod date, Map<String, Double> measures, String url) {
            events++;
            mentions += measures.getOrDefault("NumMentions", 0.0);
            sourcesCount += measures.getOrDefault("NumSources", 0.0);
            articles += measures.getOrDefault("NumArticles", 0.0);
            if (measures.containsKey("GoldsteinScale")) {
                goldstein += measures.get("GoldsteinScale");
                goldsteinCount++;
            }
            if (measures.containsKey("AvgTone")) {
                tone += measures.get("AvgTone");
                toneCount++;
            }
            first = first == null || date.first().isBefore(first) ? date.first() : first;
            last = last == null || date.last().isAfter(last) ? date.last() : last;
            sources.add(url);
        }
    }

    /** Counts the bytes read, for progress against the file size. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
