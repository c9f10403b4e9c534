package org.actorgraph.render.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.render.ExportMonitor;

/**
 * One row per claim, as annotated (people are not rolled up here: the rows are the claims, not the
 * drawn edges). The evidence column joins the claim's quoted spans by " … "; a sentence the article
 * repeats is quoted once. Hand-written because jgrapht-io's CSV exporter writes edge lists and adjacency
 * matrices, not records with evidence. RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break, quotes doubled; UTF-8 without a byte order mark.
 */
public final class CsvExporter {

    /** The header, exactly. */
    public static final List<String> COLUMNS = List.of("relation_id", "source_id", "source", "target_id", "target",
            "type_id", "type", "status", "article_id", "date", "attribution", "evidence");

    /**
     * @param claims the claims to write, in the order to write them
     */
    public void write(Corpus corpus, List<Relation> claims, OutputStream out) throws IOException {
        write(corpus, claims, out, ExportMonitor.NONE);
    }

    /**
     * Writes the rows, reporting every claim written to {@code monitor}, which can stop the export
     * at each of them.
     *
     * @param claims the claims to write, in the order to write them
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public void write(Corpus corpus, List<Relation> claims, OutputStream out, ExportMonitor monitor)
            throws IOException {
        ExportMonitor.Counter written = monitor.count(claims.size());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(writer, COLUMNS);
        for (Relation claim : claims) {
            Actor source = corpus.requireActor(claim.sourceId());
            Actor target = corpus.requireActor(claim.targetId());
            RelationType type = corpus.requireType(claim.typeId());
            Article article = corpus.requireArticle(claim.articleId());
            String evidence = claim.evidence().stream().map(article::quote).map(String::strip).distinct()
                    .collect(Collectors.joining(GraphData.QUOTE_SEPARATOR));
            row(writer, List.of(claim.id(), source.id(), source.name(), target.id(), target.name(), type.id(),
                    type.label(), status(claim), article.id(), claim.period().map(Object::toString).orElse(""),
                    claim.claimant().map(a -> a.by()).orElse(""), evidence));
            written.step();
        }
        writer.flush();
        written.finish();
    }

    /** The status as in corpus files; a negated claim is marked, e.g. {@code speculative (negated)}. */
    static String status(Relation claim) {
        return claim.negated() ? claim.status().jsonName() + " (negated)" : claim.status().jsonName();
    }

    private static void row(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
