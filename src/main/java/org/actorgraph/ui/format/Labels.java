package org.actorgraph.ui.format;

import java.util.Locale;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.Status;

/** Words and short phrases shown to the user for model values. */
public final class Labels {

    private Labels() {
    }

    /** "State", "Person", "Organisation", … */
    public static String kind(ActorKind kind) {
        return capitalise(kind.jsonName());
    }

    /** "Reported", "Proposed", "Denied", … */
    public static String status(Status status) {
        return capitalise(status.jsonName());
    }

    /** "n noun" or "n nouns". */
    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "Title — Outlet, 2023-09-05", leaving out what the article does not say. */
    public static String source(Article article) {
        StringBuilder text = new StringBuilder(article.title());
        String outlet = article.outlet() == null ? "" : article.outlet().strip();
        String date = article.publicationDate().map(Object::toString).orElse("");
        if (!outlet.isEmpty() || !date.isEmpty()) {
            text.append(" — ").append(outlet);
            if (!outlet.isEmpty() && !date.isEmpty()) {
                text.append(", ");
            }
            text.append(date);
        }
        return text.toString();
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
