package org.actorgraph.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.GraphFilter;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.analysis.StoryFrame;
import org.actorgraph.analysis.StoryPlayback;
import org.actorgraph.io.AtomicFiles;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Point;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Story;
import org.actorgraph.render.Drawing.Anchor;
import org.actorgraph.render.Drawing.Box;
import org.actorgraph.render.Drawing.Text;

/**
 * Prints a story as a handout: one page per step with the step's title, the graph as it stands at
 * that step, the evidence quote as a large caption, its citation, and "Step k of n". The step's new
 * relations are drawn in full colour and thicker, earlier ones dimmed
 * ({@link DrawingBuilder.Emphasis}); actors appear when a claim first names them.
 *
 * <p>The graph of the whole story (every claim of every step) is laid out and fitted once, and every
 * page places its actors exactly there, so the picture grows in place from page to page. The legend
 * is that of the whole story on every page. The space below the graph is the same on every page: as
 * tall as the longest caption needs (within limits; a very long quote is set smaller).
 *
 * <p>The PDF keeps its text as text in the embedded fonts ({@link PdfWriter}); the PNG frames are
 * the same pages as images. Files are written atomically ({@link AtomicFiles}). Stateless apart
 * from the fonts.
 */
public final class HandoutWriter {

    static final double MARGIN = DrawingBuilder.MARGIN;
    static final double QUOTE_SIZE = 15;
    static final double SMALLEST_QUOTE_SIZE = 10;
    static final double CITATION_SIZE = 11;
    static final double FOOTER_SIZE = 9.5;
    static final double LINE = 1.32;
    /** The graph keeps at least this share of the page height, however long the captions. */
    static final double MIN_GRAPH_SHARE = 0.55;
    /** The share of an export that making the pages takes; painting and writing them take the rest. */
    static final double PREPARING_SHARE = 0.1;

    private final FontSet fonts;
    private final DrawingBuilder builder;
    private final StoryPlayback playback = new StoryPlayback();

    public HandoutWriter(FontSet fonts) {
        this.fonts = fonts;
        this.builder = new DrawingBuilder(fonts);
    }

    public HandoutWriter() {
        this(FontSet.bundled());
    }

    /**
     * Writes the handout as a PDF, one page per step.
     *
     * @param positions where to draw each actor of the story's graph (any coordinates, such as the
     *     window's), or null to lay the graph out with the options' seed
     * @throws IllegalArgumentException if the story has no steps, or positions lack an actor
     */
    public void writePdf(Corpus corpus, Story story, PersonGrouping grouping, Map<Actor, Point> positions,
                         HandoutOptions options, Path out) throws IOException {
        writePdf(corpus, story, grouping, positions, options, out, ExportMonitor.NONE);
    }

    /**
     * Writes the handout as a PDF, reporting to {@code monitor} as the pages are made (the first
     * tenth of the export) and then painted, "Writing page 3 of 12…"; the monitor can stop it at
     * every page and every element of a page, and the file is then left as it was.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public void writePdf(Corpus corpus, Story story, PersonGrouping grouping, Map<Actor, Point> positions,
                         HandoutOptions options, Path out, ExportMonitor monitor) throws IOException {
        List<Drawing> pages = pages(corpus, story, grouping, positions, options, monitor.part(0, PREPARING_SHARE));
        String title = documentTitle(corpus, story);
        try {
            AtomicFiles.write(out, stream -> {
                new PdfWriter(fonts).write(pages, title, stream, monitor.part(PREPARING_SHARE, 1));
                monitor.throwIfCancelled(); // the last chance before the file is moved into place
            });
        } catch (IOException | RuntimeException e) {
            Exporter.throwIfCancelled(e, monitor);
            throw e;
        }
    }

    /**
     * Writes the pages of the handout as PNG images {@code step-01.png}, {@code step-02.png} … (three
     * digits from 100 steps on) in {@code dir}, which is created if needed.
     *
     * @return the files written, in step order
     */
    public List<Path> writeFrames(Corpus corpus, Story story, PersonGrouping grouping, Map<Actor, Point> positions,
                                  HandoutOptions options, Path dir) throws IOException {
        return writeFrames(corpus, story, grouping, positions, options, dir, ExportMonitor.NONE);
    }

    /**
     * Writes the frames, reporting to {@code monitor} as the pages are made and then frame by frame
     * ("Writing frame 3 of 12…"). All frames or none: they are moved into place only once every one
     * is complete ({@link AtomicFiles#writeAll}), so a cancelled or failed export leaves the frames
     * of an earlier export as they were.
     *
     * @return the files written, in step order
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public List<Path> writeFrames(Corpus corpus, Story story, PersonGrouping grouping, Map<Actor, Point> positions,
                                  HandoutOptions options, Path dir, ExportMonitor monitor) throws IOException {
        List<Drawing> pages = pages(corpus, story, grouping, positions, options, monitor.part(0, PREPARING_SHARE));
        Files.createDirectories(dir);
        int digits = Math.max(2, String.valueOf(pages.size()).length());
        PngWriter png = new PngWriter(fonts);
        double share = (1 - PREPARING_SHARE) / pages.size();
        Map<Path, AtomicFiles.Content> frames = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Path file = dir.resolve("step-" + String.format("%0" + digits + "d", i + 1) + ".png");
            Drawing page = pages.get(i);
            ExportMonitor frame = monitor.part(PREPARING_SHARE + i * share, PREPARING_SHARE + (i + 1) * share);
            String message = "Writing frame " + (i + 1) + " of " + pages.size() + "…";
            frames.put(file, stream -> {
                frame.progress(0, message);
                png.write(page, options.dpi(), stream, frame);
                frame.throwIfCancelled();
            });
        }
        try {
            AtomicFiles.writeAll(frames);
        } catch (IOException | RuntimeException e) {
            Exporter.throwIfCancelled(e, monitor);
            throw e;
        }
        return List.copyOf(frames.keySet());
    }

    /** The pages of the handout, one per step: what {@link #writePdf} and {@link #writeFrames} paint. */
    public List<Drawing> pages(Corpus corpus, Story story, PersonGrouping grouping, Map<Actor, Point> positions,
                               HandoutOptions options) {
        return pages(corpus, story, grouping, positions, options, ExportMonitor.NONE);
    }

    /**
     * The pages of the handout, reporting every page made to {@code monitor}.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public List<Drawing> pages(Corpus corpus, Story story, PersonGrouping grouping, Map<Actor, Point> positions,
                               HandoutOptions options, ExportMonitor monitor) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(options, "options");
        int count = story.steps().size();
        if (count == 0) {
            throw new IllegalArgumentException("the story has no steps");
        }
        // Each step's frame, the whole story's drawing, then each page: a long story spends as long
        // on its frames as on its pages, so both move the bar.
        ExportMonitor.Counter made = monitor.count(2L * count + 1);
        List<StoryFrame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(playback.frame(story, i, corpus));
            made.step();
        }
        Theme theme = options.theme();
        double width = options.width();
        double height = options.height();
        String storyTitle = documentTitle(corpus, story);

        // The space under the graph: as tall as the tallest caption at full size, within limits.
        double textWidth = width - 2 * MARGIN;
        double tallest = 0;
        for (StoryFrame frame : frames) {
            tallest = Math.max(tallest, captionHeight(frame, QUOTE_SIZE, textWidth));
        }
        double footer = FOOTER_SIZE * 1.6;
        double band = Math.min(tallest + footer + MARGIN, height * (1 - MIN_GRAPH_SHARE));
        double graphHeight = height - band;
        double captionSpace = band - footer - MARGIN;

        // The whole story's graph, laid out and fitted once.
        AggregatedGraph whole = graphOf(corpus, grouping, Set.copyOf(frames.get(count - 1).shownClaimIds()));
        ImageOptions wholeOptions = new ImageOptions(width, graphHeight, theme, storyTitle, true, false, false, null);
        Drawing wholeDrawing = positions == null ? builder.layOutAndBuild(whole, wholeOptions, options.seed())
                : builder.build(whole, positions, wholeOptions);
        Box area = builder.graphArea(whole, wholeOptions);
        made.step();
        Map<Actor, Point> placed = new LinkedHashMap<>();
        for (Drawing.Vertex vertex : wholeDrawing.vertices()) {
            placed.put(whole.actor(vertex.actorId()).orElseThrow(), vertex.center());
        }
        ImageOptions.Viewport viewport = new ImageOptions.Viewport(area.x(), area.y(), area.width(), area.height());

        List<Drawing> pages = new ArrayList<>();
        for (StoryFrame frame : frames) {
            String title = frame.title().isBlank() ? storyTitle : frame.title();
            // Without a legend and this narrow, the builder leaves exactly the whole graph's area.
            ImageOptions stepOptions = new ImageOptions(Math.max(ImageOptions.MIN_SIZE, area.right() + MARGIN),
                    graphHeight, theme, title, false, false, false, viewport);
            AggregatedGraph graph = graphOf(corpus, grouping, frame.shownClaimIds());
            Map<Actor, Point> stepPositions = new LinkedHashMap<>();
            for (Actor actor : graph.actors()) {
                stepPositions.put(actor, placed.get(actor));
            }
            Drawing step = builder.build(graph, stepPositions, stepOptions,
                    DrawingBuilder.Emphasis.of(frame.newClaimIds()));
            List<Text> texts = new ArrayList<>(caption(frame, theme, graphHeight - MARGIN + 10, textWidth,
                    captionSpace));
            double footerBaseline = height - MARGIN + FOOTER_SIZE * 0.2;
            texts.add(new Text(fit(storyTitle, FOOTER_SIZE, textWidth * 0.7), MARGIN, footerBaseline, FOOTER_SIZE,
                    theme.secondaryText(), Anchor.START, null));
            String progress = frame.progress();
            texts.add(new Text(progress, width - MARGIN - fonts.width(progress, FOOTER_SIZE), footerBaseline,
                    FOOTER_SIZE, theme.secondaryText(), Anchor.START, null));
            pages.add(new Drawing(width, height, theme.background(), step.title(), step.edges(), step.vertices(),
                    wholeDrawing.legend(), texts, step.clip()));
            made.step();
        }
        made.finish();
        return List.copyOf(pages);
    }

    private static String documentTitle(Corpus corpus, Story story) {
        return story.title().isBlank() ? corpus.title() : story.title();
    }

    /** The graph of some claims: their actors only, at their full evidence among those claims. */
    private static AggregatedGraph graphOf(Corpus corpus, PersonGrouping grouping, Set<String> claimIds) {
        List<Relation> claims = corpus.relations().stream().filter(r -> claimIds.contains(r.id())).toList();
        Corpus part = new Corpus(corpus.title(), corpus.actors(), corpus.relationTypes(), corpus.articles(), claims);
        return new GraphFilter().apply(part, grouping, FilterCriteria.NONE.withHideIsolated(true));
    }

    // ---- the caption: quote, citation, note

    private String quoteOf(StoryFrame frame) {
        return frame.caption().isEmpty() ? "" : "“" + frame.caption() + "”";
    }

    private String citationOf(StoryFrame frame) {
        return frame.citation().isEmpty() ? "" : "— " + frame.citation();
    }

    private double captionHeight(StoryFrame frame, double quoteSize, double textWidth) {
        double h = 0;
        String quote = quoteOf(frame);
        if (!quote.isEmpty()) {
            h += fonts.wrap(quote, quoteSize, textWidth).size() * quoteSize * LINE + 4;
        }
        for (String small : List.of(citationOf(frame), frame.note())) {
            if (!small.isBlank()) {
                h += fonts.wrap(small, CITATION_SIZE, textWidth).size() * CITATION_SIZE * LINE;
            }
        }
        return h;
    }

    /** The caption lines from {@code top} down, the quote set smaller if it would not fit in {@code space}. */
    private List<Text> caption(StoryFrame frame, Theme theme, double top, double textWidth, double space) {
        double size = QUOTE_SIZE;
        while (size > SMALLEST_QUOTE_SIZE && captionHeight(frame, size, textWidth) > space) {
            size -= 1;
        }
        List<Text> texts = new ArrayList<>();
        double y = top;
        String quote = quoteOf(frame);
        if (!quote.isEmpty()) {
            List<String> lines = fonts.wrap(quote, size, textWidth);
            double small = captionHeight(frame, size, textWidth) - lines.size() * size * LINE - 4;
            int room = Math.max(1, (int) Math.floor((space - small - 4 + 0.5) / (size * LINE)));
            if (lines.size() > room) {
                lines = new ArrayList<>(lines.subList(0, room));
                lines.set(room - 1, fit(lines.get(room - 1) + " …", size, textWidth));
            }
            for (String line : lines) {
                y += size * LINE;
                texts.add(new Text(line, MARGIN, y - size * (LINE - 1), size, theme.text(), Anchor.START, null));
            }
            y += 4;
        }
        for (String small : List.of(citationOf(frame), frame.note())) {
            if (small.isBlank()) {
                continue;
            }
            for (String line : fonts.wrap(small, CITATION_SIZE, textWidth)) {
                y += CITATION_SIZE * LINE;
                texts.add(new Text(line, MARGIN, y - CITATION_SIZE * (LINE - 1), CITATION_SIZE, theme.secondaryText(),
                        Anchor.START, null));
            }
        }
        return texts;
    }

    /** The text, shortened with "…" at the end if it is wider than {@code maxWidth}. */
    private String fit(String text, double size, double maxWidth) {
        if (fonts.width(text, size) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && fonts.width(shortened + "…", size) > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "…";
    }
}
