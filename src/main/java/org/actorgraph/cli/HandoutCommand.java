package org.actorgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.analysis.StoryBuilder;
import org.actorgraph.analysis.StoryOrder;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.LoadResult;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Story;
import org.actorgraph.render.HandoutOptions;
import org.actorgraph.render.HandoutWriter;
import org.actorgraph.render.Theme;

/**
 * {@code handout CORPUS --out FILE.pdf [--frames DIR] [--order text|date] [--theme T] [--people P]
 * [--seed N]}: prints the default story of a corpus as a PDF, one page per step, and optionally the
 * same pages as PNG frames. Exit codes as for {@code export}.
 */
final class HandoutCommand {

    /** The parsed options of {@code handout}. */
    record Arguments(Path corpus, Path out, Path frames, StoryOrder order, Theme theme, PersonGrouping people,
                     long seed) {

        static Arguments parse(String[] args) throws UsageException {
            Path corpus = null;
            Path out = null;
            Path frames = null;
            StoryOrder order = StoryOrder.TEXT;
            Theme theme = Theme.LIGHT;
            PersonGrouping people = PersonGrouping.ROLLED_UP;
            long seed = CommandLine.DEFAULT_SEED;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    if (corpus != null) {
                        throw new UsageException("unexpected argument: " + arg);
                    }
                    corpus = Path.of(arg);
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                String value = args[++i];
                switch (arg) {
                    case "--out" -> out = Path.of(value);
                    case "--frames" -> frames = Path.of(value);
                    case "--order" -> order = switch (value) {
                        case "text" -> StoryOrder.TEXT;
                        case "date" -> StoryOrder.DATE;
                        default -> throw new UsageException("--order is text or date, not " + value);
                    };
                    case "--theme" -> theme = Theme.fromName(value).orElseThrow(() ->
                            new UsageException("unknown theme: " + value + " (light, dark or print)"));
                    case "--people" -> people = switch (value) {
                        case "rolled-up" -> PersonGrouping.ROLLED_UP;
                        case "separate" -> PersonGrouping.SEPARATE;
                        default -> throw new UsageException("--people is rolled-up or separate, not " + value);
                    };
                    case "--seed" -> {
                        try {
                            seed = Long.parseLong(value.trim());
                        } catch (NumberFormatException e) {
                            throw new UsageException("--seed needs a whole number, not " + value);
                        }
                    }
                    default -> throw new UsageException("unknown option for handout: " + arg);
                }
            }
            if (corpus == null) {
                throw new UsageException("handout needs a corpus file");
            }
            if (out == null) {
                throw new UsageException("handout needs --out FILE.pdf");
            }
            return new Arguments(corpus, out, frames, order, theme, people, seed);
        }
    }

    private final CorpusReader reader = new CorpusReader();

    int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Arguments arguments = Arguments.parse(args);
        LoadResult result = reader.read(arguments.corpus());
        if (!result.isValid()) {
            err.println("actorgraph: cannot print a handout, " + arguments.corpus() + " could not be loaded:");
            err.println(result.report());
            return CommandLine.FAILED;
        }
        Corpus corpus = result.requireCorpus();
        Story story = new StoryBuilder().build(corpus, arguments.order());
        if (story.steps().isEmpty()) {
            err.println("actorgraph: " + result.sourceName() + " has no relations, so the story has no steps");
            return CommandLine.FAILED;
        }
        HandoutOptions options = HandoutOptions.a4(arguments.theme(), arguments.seed());
        HandoutWriter writer = new HandoutWriter();
        Path target = arguments.out();
        try {
            writer.writePdf(corpus, story, arguments.people(), null, options, target);
            if (arguments.frames() != null) {
                target = arguments.frames();
                List<Path> frames = writer.writeFrames(corpus, story, arguments.people(), null, options, target);
                out.printf("Wrote %d frames to %s%n", frames.size(), arguments.frames());
            }
        } catch (IOException | RuntimeException e) {
            err.println("actorgraph: cannot write " + target + ": " + CommandLine.describe(e));
            return CommandLine.FAILED;
        }
        out.printf("Wrote %s (%d steps, %s order)%n", arguments.out(), story.steps().size(),
                arguments.order().name().toLowerCase(java.util.Locale.ROOT));
        return CommandLine.OK;
    }
}
