package org.actorgraph.io.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.io.ProgressListener;
import org.actorgraph.model.Corpus;

/**
 * Imports files of annotation tools and event data sets into one corpus (docs/import-mapping.md):
 * brat standoff ({@code .ann} + {@code .txt}, also INCEpTION's brat export), doccano JSONL/JSON,
 * Label Studio JSON exports and GDELT 1.0/2.0 event files. A folder is imported file by file.
 *
 * <p>Never throws for bad input: unreadable files, malformed lines and unknown labels become
 * problems with their file and place, and everything else is still imported. Actors found in
 * several files are merged by id, name and alias. Instances hold no state between imports.
 */
public final class Importer {

    /** Which format a file is in, as far as the importer can tell. */
    public enum Format { BRAT, DOCCANO, LABEL_STUDIO, GDELT, CORPUS, UNKNOWN }

    private final ImportMapping mapping;

    public Importer(ImportMapping mapping) {
        this.mapping = mapping;
    }

    /** Imports with the bundled default mapping. */
    public Importer() {
        this(ImportMapping.defaults());
    }

    /** Options of an import. */
    public record Options(boolean aggregate, String title) {
        public static final Options DEFAULT = new Options(false, "");
    }

    /**
     * Imports files and folders into one corpus.
     *
     * @throws java.util.concurrent.CancellationException if {@code cancel} says so
     */
    public ImportResult importPaths(List<Path> paths, Options options, ProgressListener progress,
                                    CancellationToken cancel) {
        ImportProblems problems = new ImportProblems();
        CorpusBuilder builder = new CorpusBuilder(mapping, problems);
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    problems.error(name(path), "", "cannot list the folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.error(name(path), "", Files.exists(path) ? "not a regular file" : "file not found: " + path);
            }
        }
        List<Path> taken = new ArrayList<>();
        GdeltImporter gdelt = new GdeltImporter(builder, options.aggregate());
        for (Path file : files) {
            cancel.throwIfCancelled();
            if (taken.contains(file)) {
                continue;
            }
            String name = name(file);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("annotation.conf") || lower.equals("visual.conf") || lower.equals("tools.conf")
                    || lower.startsWith("license") || lower.startsWith("readme") || lower.endsWith(".md")) {
                continue;
            }
            progress.progress(files.indexOf(file), files.size(), "Importing " + name);
            if (lower.endsWith(".ann") || lower.endsWith(".txt")) {
                Path ann = sibling(file, ".ann");
                Path txt = sibling(file, ".txt");
                if (lower.endsWith(".txt") && !Files.exists(ann)) {
                    if (!GdeltImporter.looksLikeGdelt(file)) {
                        problems.warning(name, "", "a .txt without a .ann beside it is not imported");
                        continue;
                    }
                } else {
                    taken.add(ann);
                    taken.add(txt);
                    importBrat(builder, txt, ann);
                    continue;
                }
            }
            Format format = detect(file);
            switch (format) {
                case DOCCANO, LABEL_STUDIO -> {
                    String text = readText(file, problems);
                    if (text != null) {
                        if (format == Format.DOCCANO) {
                            new DoccanoImporter(builder).importFile(name, text, lower.endsWith(".jsonl"));
                        } else {
                            new LabelStudioImporter(builder).importFile(name, text);
                        }
                    }
                }
                case GDELT -> gdelt.importFile(file, progress, cancel);
                case CORPUS -> problems.warning(name, "", "this is already an ActorGraph corpus; open it instead of "
                        + "importing it");
                default -> problems.warning(name, "", "not a file ActorGraph can import (expected brat .ann/.txt, "
                        + "doccano .jsonl/.json, Label Studio .json or GDELT .CSV/.tsv)");
            }
        }
        gdelt.finish();
        if (builder.articleCount() == 0) {
            return new ImportResult(null, problems.list());
        }
        Corpus corpus = builder.build(options.title() == null || options.title().isBlank() ? title(paths) : options.title());
        return new ImportResult(corpus, problems.list());
    }

    /** Imports with default options, no progress and no cancellation. */
    public ImportResult importPaths(List<Path> paths) {
        return importPaths(paths, Options.DEFAULT, ProgressListener.NONE, CancellationToken.NONE);
    }

    private static String title(List<Path> paths) {
        return paths.size() == 1 ? "Imported from " + name(paths.get(0))
                : "Imported from " + paths.size() + " files and folders";
    }

    private void importBrat(CorpusBuilder builder, Path txt, Path ann) {
        ImportProblems problems = builder.problems();
        String annName = name(ann);
        if (!Files.exists(txt)) {
            problems.error(annName, "", "no " + name(txt) + " beside it: brat annotations need their text");
            return;
        }
        String text = readText(txt, problems);
        String annotations = readText(ann, problems);
        if (text == null || annotations == null) {
            return;
        }
        BratConf conf = BratConf.NONE;
        Path confFile = findConf(ann);
        if (confFile != null) {
            try {
                conf = BratConf.read(confFile);
            } catch (IOException e) {
                problems.warning(name(confFile), "", "cannot read: " + e.getMessage() + "; importing without it");
            }
        }
        String base = annName.substring(0, annName.length() - 4);
        new BratImporter(builder).importDocument(base, annName, text, annotations, conf);
    }

    /** brat looks for annotation.conf beside the document and then in the folders above. */
    private static Path findConf(Path ann) {
        for (Path dir = ann.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path conf = dir.resolve("annotation.conf");
            if (Files.isRegularFile(conf)) {
                return conf;
            }
        }
        return null;
    }

    private static Path sibling(Path file, String extension) {
        String name = name(file);
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    /** Tells the format from the file name and the first bytes. */
    public static Format detect(Path file) {
        String lower = name(file).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ann")) {
            return Format.BRAT;
        }
        if (lower.endsWith(".jsonl")) {
            return Format.DOCCANO;
        }
        if (lower.endsWith(".json")) {
            String head = head(file);
            if (head.contains("\"actorgraph-corpus\"")) {
                return Format.CORPUS;
            }
            String trimmed = head.stripLeading();
            if (head.contains("\"completions\"") || head.contains("\"annotations\"") || head.contains("\"data\"")) {
                return Format.LABEL_STUDIO;
            }
            return trimmed.startsWith("{") || trimmed.startsWith("[") ? Format.DOCCANO : Format.UNKNOWN;
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            return GdeltImporter.looksLikeGdelt(file) ? Format.GDELT : Format.UNKNOWN;
        }
        return Format.UNKNOWN;
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(4096);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The file as strict UTF-8 (a byte order mark dropped), or null after reporting why not. */
    static String readText(Path file, ImportProblems problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.error(name(file), "", "the file is not valid UTF-8; save it with UTF-8 encoding");
        } catch (IOException e) {
            problems.error(name(file), "", "cannot read: " + e.getMessage());
        }
        return null;
    }

    static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
