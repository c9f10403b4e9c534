package org.actorgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.actorgraph.analysis.ActorGrouping;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.GroupPlacement;
import org.actorgraph.analysis.GroupingSpec;
import org.actorgraph.analysis.OverviewSettings;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.analysis.GraphFilter;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.io.ProgressListener;
import org.actorgraph.io.ViewFileReader;
import org.actorgraph.io.ViewReadResult;
import org.actorgraph.io.importer.ImportMapping;
import org.actorgraph.io.importer.ImportResult;
import org.actorgraph.io.importer.Importer;
import org.actorgraph.io.LoadResult;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Point;
import org.actorgraph.model.SavedView;
import org.actorgraph.model.ViewportState;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.Status;
import org.actorgraph.render.Drawing;
import org.actorgraph.render.DrawingBuilder;
import org.actorgraph.render.ExportFormat;
import org.actorgraph.render.Exporter;
import org.actorgraph.render.ImageOptions;
import org.actorgraph.render.PngWriter;
import org.actorgraph.render.Theme;

/**
 * The headless commands: {@code export}, {@code validate}, {@code --help} and {@code --version}
 * (see docs/cli.md). Touches no window class, never calls {@code System.exit}: {@link #run}
 * returns the exit code, so tests run it in-process.
 *
 * <p>Exit codes: 0 success, 1 the work failed (an invalid or missing corpus, a file that cannot be
 * written), 2 bad arguments (the usage is printed on the error stream).
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** The first arguments that select the command line rather than the window. */
    public static final Set<String> COMMANDS = Set.of("export", "validate", "import", "handout", "--help", "-h", "help", "--version");

    /** The seed of the layout when {@code --seed} is not given. */
    public static final long DEFAULT_SEED = 1;

    static final String USAGE_TEXT = """
            Usage:
              actorgraph export CORPUS --format FORMAT --out FILE [options]
              actorgraph validate CORPUS
              actorgraph import FILE_OR_FOLDER... --out CORPUS [--mapping MAPPING.json] [--aggregate]
              actorgraph handout CORPUS --out FILE.pdf [--frames DIR] [--order text|date]
                                 [--theme light|dark|print] [--people rolled-up|separate] [--seed N]
              actorgraph --help | --version

            export writes the graph of CORPUS (a .actorgraph.json file) to FILE.
              --format %s
              --out FILE            the file to write (replaced atomically)
            Figure (png, svg, pdf; positions and colours also go into graphml, gexf, dot, json):
              --width N --height N  canvas size in points = pixels at 72 DPI (default 1000 x 700)
              --dpi N               PNG resolution, 72-600 (default 72); the PNG is width*N/72 pixels wide
              --title TEXT          title on top (default: the corpus title; "" for none)
              --no-legend           leave out the legend
              --no-caption          leave out the caption citing the articles
              --theme light|dark|print
              --transparent         transparent background
              --seed N              seed of the layout (default 1); same input and seed, same file
            What to show (repeat an option or separate values by commas):
              --type ID             only relations of these types
              --status STATUS       only claims with these statuses (reported, planned, expected,
                                    proposed, alleged, speculative, denied)
              --actor ID            only relations touching these actors
              --from DATE --to DATE only claims dated in this period (ISO: 2023, 2023-09, 2023-09-10);
                                    a claim without a date takes its article's; with neither it is left out
              --people rolled-up|separate   fold people into their state (default) or show them
              --view VIEWFILE       a view saved by the window (.view.json): its filters, grouping,
                                    positions and zoom, so the figure matches the window; not with
                                    the options above

            validate prints every problem of CORPUS; exit code 0 valid, 1 invalid.
            import reads brat (.ann + .txt, folders with annotation.conf), doccano (.jsonl, .json),
              Label Studio (.json) and GDELT event files (.CSV, .tsv) into one corpus written to CORPUS
              (atomically). --mapping maps labels, names and CAMEO codes to actors and relation types
              (see docs/import-mapping.md); --aggregate folds GDELT events by actors and CAMEO root.
              Exit code 0 written (warnings allowed), 1 nothing importable or not written.
            handout prints the story of CORPUS as a PDF (A4 landscape), one page per sentence that states
              relations: the graph as it stands at that step, the quote and its source. --frames also
              writes the pages as DIR/step-01.png, step-02.png ...; --order date tells the story in the
              order things happened (claim date, else article date) instead of the text's order.
            Exit codes: 0 done, 1 failed, 2 bad arguments.
            """.formatted(ExportFormat.choices());

    private final CorpusReader reader = new CorpusReader();

    /** Runs one command; never throws for bad input. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            return switch (args[0]) {
                case "--help", "-h", "help" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                case "--version" -> {
                    out.println("actorgraph " + version());
                    yield OK;
                }
                case "validate" -> validate(args, out, err);
                case "export" -> export(args, out, err);
                case "import" -> importFiles(args, out, err);
                case "handout" -> new HandoutCommand().run(args, out, err);
                default -> throw new UsageException("unknown command: " + args[0]);
            };
        } catch (UsageException e) {
            err.println("actorgraph: " + e.getMessage());
            err.println();
            err.print(USAGE_TEXT);
            return USAGE;
        }
    }

    /** The version of this build, from the pom. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = CommandLine.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return properties.getProperty("version", "unknown");
    }

    private int validate(String[] args, PrintStream out, PrintStream err) throws UsageException {
        if (args.length != 2 || args[1].startsWith("--")) {
            throw new UsageException("validate takes exactly one corpus file");
        }
        LoadResult result = reader.read(Path.of(args[1]));
        if (!result.problems().isEmpty()) {
            out.println(result.report());
        }
        if (result.isValid()) {
            Corpus corpus = result.requireCorpus();
            out.printf("%s: valid (%s, %s, %s, %s, %s)%n", result.sourceName(),
                    count(corpus.actors().size(), "actor"), count(corpus.relationTypes().size(), "relation type"),
                    count(corpus.articles().size(), "article"), count(corpus.relations().size(), "relation"),
                    count(result.warnings().size(), "warning"));
            return OK;
        }
        err.printf("%s: invalid (%s, %s)%n", result.sourceName(), count(result.errors().size(), "error"),
                count(result.warnings().size(), "warning"));
        return FAILED;
    }

    private int importFiles(String[] args, PrintStream out, PrintStream err) throws UsageException {
        List<Path> inputs = new ArrayList<>();
        Path target = null;
        Path mappingFile = null;
        boolean aggregate = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> target = Path.of(value(args, ++i, "--out"));
                case "--mapping" -> mappingFile = Path.of(value(args, ++i, "--mapping"));
                case "--aggregate" -> aggregate = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new UsageException("unknown option for import: " + args[i]);
                    }
                    inputs.add(Path.of(args[i]));
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("import needs at least one file or folder");
        }
        if (target == null) {
            throw new UsageException("import needs --out CORPUS");
        }
        ImportMapping mapping = ImportMapping.defaults();
        if (mappingFile != null) {
            List<String> mappingProblems = new ArrayList<>();
            try {
                mapping = ImportMapping.load(mappingFile, mappingProblems);
            } catch (IOException e) {
                err.println(mappingFile + ": cannot read the mapping: " + e.getMessage());
                return FAILED;
            }
            for (String problem : mappingProblems) {
                out.println(mappingFile.getFileName() + ": " + problem);
            }
        }
        ImportResult result = new Importer(mapping).importPaths(inputs, new Importer.Options(aggregate, ""),
                ProgressListener.NONE, CancellationToken.NONE);
        if (!result.problems().isEmpty()) {
            out.println(result.report());
        }
        if (result.corpus().isEmpty()) {
            err.println("nothing to import: " + result.summary());
            return FAILED;
        }
        try {
            new CorpusWriter().write(result.corpus().get(), target);
        } catch (IOException | RuntimeException e) {
            err.println(target + ": cannot write the corpus: " + e.getMessage());
            return FAILED;
        }
        out.println(result.summary() + "; written to " + target);
        return OK;
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private int export(String[] args, PrintStream out, PrintStream err) throws UsageException {
        ExportArguments arguments = ExportArguments.parse(args);
        LoadResult result = reader.read(arguments.corpus());
        if (!result.isValid()) {
            err.println("actorgraph: cannot export, " + arguments.corpus() + " could not be loaded:");
            err.println(result.report());
            return FAILED;
        }
        Corpus corpus = result.requireCorpus();
        SavedView view = null;
        if (arguments.view() != null) {
            view = readView(arguments.view(), arguments.corpus(), corpus, err);
            if (view == null) {
                return FAILED;
            }
        }
        FilterOptions filter = arguments.filter();
        List<String> unknown = filter.unknownIds(corpus);
        if (!unknown.isEmpty()) {
            throw new UsageException("not in " + result.sourceName() + ": " + String.join(", ", unknown));
        }
        PersonGrouping people = view == null ? arguments.people()
                : view.peopleSeparately() ? PersonGrouping.SEPARATE : PersonGrouping.ROLLED_UP;
        FilterCriteria criteria = view == null ? filter.criteria(corpus) : view.criteria();
        AggregatedGraph graph = new GraphFilter().apply(corpus, people, criteria);
        // What the window lays out and makes its overview groups from: every actor, unfiltered.
        AggregatedGraph full = view == null ? null : new GraphFilter().apply(corpus, people, FilterCriteria.NONE);
        GroupingSpec overview = view == null || view.overview() == null ? null
                : OverviewSettings.spec(view.overview());
        if (overview != null && overview.isGrouped()) {
            // As the window draws it: groups made once for the unfiltered graph, the filtered graph
            // keeping them with the members it has left.
            ActorGrouping grouping = new ActorGrouping();
            AggregatedGraph groupedFull = grouping.apply(full, overview);
            for (String said : OverviewSettings.expandedNonLeaders(view.overview(), groupedFull)) {
                err.println("warning: " + arguments.view().getFileName() + ": $.overview.expanded: " + said);
            }
            graph = grouping.within(groupedFull, graph);
        }
        String title = arguments.title() != null ? arguments.title() : corpus.title();
        ImageOptions options = new ImageOptions(arguments.width(), arguments.height(), arguments.theme(), title,
                arguments.legend(), arguments.caption(), arguments.transparent(),
                view == null ? null : viewport(view, arguments.width(), arguments.height()));
        Exporter exporter = new Exporter();
        Drawing drawing = view == null || view.positions().isEmpty()
                ? exporter.drawing(graph, options, arguments.seed())
                : new DrawingBuilder().build(graph, placed(graph, corpus, windowPositions(corpus, full, view)), options);
        try {
            exporter.export(graph, drawing, options, arguments.format(), arguments.dpi(), arguments.out());
        } catch (IOException | RuntimeException e) {
            err.println("actorgraph: cannot write " + arguments.out() + ": " + describe(e));
            return FAILED;
        }
        out.printf("Wrote %s (%s: %d actors, %d relations)%n", arguments.out(), arguments.format().cliName(),
                graph.actors().size(), graph.relations().size());
        return OK;
    }

    /**
     * Reads a saved view for an export; warnings (unknown fields, ids the corpus does not know, a
     * view saved for another corpus) go to {@code err}. Null when the view cannot be used.
     */
    private SavedView readView(Path file, Path corpusFile, Corpus corpus, PrintStream err) {
        ViewFileReader viewReader = new ViewFileReader();
        ViewReadResult read = viewReader.read(file);
        if (!read.isValid()) {
            err.println("actorgraph: cannot export, the view " + file + " is invalid:");
            err.println(read.report());
            return null;
        }
        read.problems().forEach(p -> err.println("warning: " + p));
        SavedView view = read.view().orElseThrow();
        if (view.corpusFile() != null) {
            Path folder = file.toAbsolutePath().getParent();
            Path expected = (folder == null ? Path.of(view.corpusFile()) : folder.resolve(view.corpusFile()))
                    .normalize();
            if (!expected.equals(corpusFile.toAbsolutePath().normalize())) {
                err.println("warning: " + read.sourceName() + " was saved for " + view.corpusFile() + ", not for "
                        + corpusFile + "; applying it anyway");
            }
        }
        for (String id : viewReader.unknownIds(view, corpus)) {
            err.println("warning: " + read.sourceName() + ": " + id + " is not in this corpus; it was ignored");
        }
        return view;
    }

    /**
     * Where the window draws every actor with this view: at its saved place, and any actor the view
     * has no place for laid out around them, as the window does.
     */
    private static Map<Actor, Point> windowPositions(Corpus corpus, AggregatedGraph full, SavedView view) {
        Map<Actor, Point> fixed = new HashMap<>();
        for (Actor actor : full.actors()) {
            Point p = view.positions().get(actor.id());
            if (p != null) {
                fixed.put(actor, p);
            }
        }
        if (fixed.size() == full.actors().size()) {
            return fixed;
        }
        double[] size = ForceLayout.windowDrawingSize(corpus.actors().size());
        return new ForceLayout().layout(full.graph(), size[0], size[1], ForceLayout.WINDOW_SEED, fixed);
    }

    // Groups of an overview go where the window puts them: at the middle of their members.
    private static Map<Actor, Point> placed(AggregatedGraph graph, Corpus corpus, Map<Actor, Point> positions) {
        if (graph.groups().isEmpty()) {
            return positions;
        }
        double[] size = ForceLayout.windowDrawingSize(corpus.actors().size());
        return GroupPlacement.place(graph, positions, size[0], size[1]);
    }

    /** The part of the drawing a window of the figure's size shows at the view's zoom and centre. */
    private static ImageOptions.Viewport viewport(SavedView view, double width, double height) {
        ViewportState state = view.viewport();
        if (state == null) {
            return null;
        }
        double w = width / state.scale();
        double h = height / state.scale();
        return new ImageOptions.Viewport(state.centreX() - w / 2, state.centreY() - h / 2, w, h);
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory: " + message;
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** The parsed options of {@code export}. */
    record ExportArguments(Path corpus, ExportFormat format, Path out, double width, double height, int dpi,
                           String title, boolean legend, boolean caption, Theme theme, boolean transparent,
                           long seed, PersonGrouping people, FilterOptions filter, Path view) {

        static ExportArguments parse(String[] args) throws UsageException {
            Path corpus = null;
            ExportFormat format = null;
            Path out = null;
            double width = ImageOptions.DEFAULT_WIDTH;
            double height = ImageOptions.DEFAULT_HEIGHT;
            int dpi = PngWriter.MIN_DPI;
            String title = null;
            boolean legend = true;
            boolean caption = true;
            Theme theme = Theme.LIGHT;
            boolean transparent = false;
            long seed = DEFAULT_SEED;
            PersonGrouping people = PersonGrouping.ROLLED_UP;
            Set<String> types = new LinkedHashSet<>();
            Set<Status> statuses = new LinkedHashSet<>();
            Set<String> actors = new LinkedHashSet<>();
            LocalDate from = null;
            LocalDate to = null;
            Path view = null;
            boolean peopleGiven = false;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    if (corpus != null) {
                        throw new UsageException("unexpected argument: " + arg);
                    }
                    corpus = Path.of(arg);
                    continue;
                }
                switch (arg) {
                    case "--no-legend" -> legend = false;
                    case "--no-caption" -> caption = false;
                    case "--transparent" -> transparent = true;
                    default -> {
                        if (i + 1 >= args.length) {
                            throw new UsageException(arg + " needs a value");
                        }
                        String value = args[++i];
                        switch (arg) {
                            case "--format" -> format = ExportFormat.fromName(value).orElseThrow(() ->
                                    new UsageException("unknown format: " + value + " (one of " + ExportFormat.choices() + ")"));
                            case "--out" -> out = Path.of(value);
                            case "--width" -> width = size(arg, value);
                            case "--height" -> height = size(arg, value);
                            case "--dpi" -> dpi = (int) integer(arg, value, PngWriter.MIN_DPI, PngWriter.MAX_DPI);
                            case "--title" -> title = value;
                            case "--theme" -> theme = Theme.fromName(value).orElseThrow(() ->
                                    new UsageException("unknown theme: " + value + " (light, dark or print)"));
                            case "--seed" -> seed = integer(arg, value, Long.MIN_VALUE, Long.MAX_VALUE);
                            case "--view" -> view = Path.of(value);
                            case "--people" -> {
                                people = switch (value) {
                                    case "rolled-up" -> PersonGrouping.ROLLED_UP;
                                    case "separate" -> PersonGrouping.SEPARATE;
                                    default -> throw new UsageException("--people is rolled-up or separate, not "
                                            + value);
                                };
                                peopleGiven = true;
                            }
                            case "--type" -> types.addAll(list(arg, value));
                            case "--actor" -> actors.addAll(list(arg, value));
                            case "--status" -> {
                                for (String name : list(arg, value)) {
                                    statuses.add(Status.fromJsonName(name).orElseThrow(() ->
                                            new UsageException("unknown status: " + name)));
                                }
                            }
                            case "--from" -> from = date(arg, value).first();
                            case "--to" -> to = date(arg, value).last();
                            default -> throw new UsageException("unknown option: " + arg);
                        }
                    }
                }
            }
            if (corpus == null) {
                throw new UsageException("export needs a corpus file");
            }
            if (format == null) {
                throw new UsageException("export needs --format");
            }
            if (out == null) {
                throw new UsageException("export needs --out");
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw new UsageException("--to " + to + " is before --from " + from);
            }
            FilterOptions filter = new FilterOptions(types, statuses, actors, from, to);
            if (view != null && (!filter.isEmpty() || peopleGiven)) {
                throw new UsageException("--view brings its own filters and grouping; leave out --type, --status, "
                        + "--actor, --from, --to and --people");
            }
            return new ExportArguments(corpus, format, out, width, height, dpi, title, legend, caption, theme,
                    transparent, seed, people, filter, view);
        }

        private static double size(String option, String value) throws UsageException {
            return integer(option, value, (long) ImageOptions.MIN_SIZE, (long) ImageOptions.MAX_SIZE);
        }

        private static long integer(String option, String value, long min, long max) throws UsageException {
            try {
                long number = Long.parseLong(value.trim());
                if (number < min || number > max) {
                    throw new UsageException(option + " must be between " + min + " and " + max + ", not " + value);
                }
                return number;
            } catch (NumberFormatException e) {
                throw new UsageException(option + " needs a whole number, not " + value);
            }
        }

        private static List<String> list(String option, String value) throws UsageException {
            List<String> values = new ArrayList<>();
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
            if (values.isEmpty()) {
                throw new UsageException(option + " needs a value");
            }
            return values;
        }

        private static DatePeriod date(String option, String value) throws UsageException {
            return DatePeriod.parse(value).orElseThrow(() ->
                    new UsageException(option + " needs an ISO date such as 2023, 2023-09 or 2023-09-10, not " + value));
        }
    }

    /**
     * What {@code --type}, {@code --status}, {@code --actor}, {@code --from} and {@code --to} ask for,
     * as typed; {@link #criteria} turns it into the filter the window uses. Each empty option lets
     * everything through; options combine with "and", the values of one option with "or".
     *
     * @param typeIds relation types to keep
     * @param statuses statuses to keep
     * @param actorIds keep relations touching one of these actors (after people are rolled up)
     * @param from first day of the period, or null
     * @param to last day of the period (inclusive), or null
     */
    record FilterOptions(Set<String> typeIds, Set<Status> statuses, Set<String> actorIds, LocalDate from,
                         LocalDate to) {

        FilterOptions {
            typeIds = Set.copyOf(typeIds);
            statuses = Set.copyOf(statuses);
            actorIds = Set.copyOf(actorIds);
        }

        /** Whether no option is given. */
        boolean isEmpty() {
            return typeIds.isEmpty() && statuses.isEmpty() && actorIds.isEmpty() && from == null && to == null;
        }

        /** The ids named that the corpus does not know: types first, then actors, each sorted. */
        List<String> unknownIds(Corpus corpus) {
            List<String> unknown = new ArrayList<>();
            typeIds.stream().sorted().filter(id -> corpus.relationType(id).isEmpty())
                    .map(id -> "relation type " + id).forEach(unknown::add);
            actorIds.stream().sorted().filter(id -> corpus.actor(id).isEmpty()).map(id -> "actor " + id)
                    .forEach(unknown::add);
            return unknown;
        }

        /**
         * The filter criteria: the types and statuses not named are hidden, the actors become the
         * actors to touch, the period leaves undated claims out, and when any option is given, actors
         * left without relations are hidden (those named with {@code --actor} stay).
         */
        FilterCriteria criteria(Corpus corpus) {
            if (isEmpty()) {
                return FilterCriteria.NONE;
            }
            FilterCriteria criteria = FilterCriteria.NONE.withHideIsolated(true).withOnlyTouchingActorIds(actorIds);
            if (!typeIds.isEmpty()) {
                criteria = criteria.withHiddenTypeIds(corpus.relationTypes().stream().map(RelationType::id)
                        .filter(id -> !typeIds.contains(id)).collect(java.util.stream.Collectors.toSet()));
            }
            if (!statuses.isEmpty()) {
                Set<Status> hidden = java.util.EnumSet.allOf(Status.class);
                hidden.removeAll(statuses);
                criteria = criteria.withHiddenStatuses(hidden);
            }
            if (from != null || to != null) {
                criteria = criteria.withPeriod(from, to, false);
            }
            return criteria;
        }
    }
}
