package org.actorgraph.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a graph can be exported to. */
public enum ExportFormat {
    PNG(true), SVG(true), PDF(true), GRAPHML(false), GEXF(false), DOT(false), CSV(false), JSON(false);

    private final boolean image;

    ExportFormat(boolean image) {
        this.image = image;
    }

    /** Whether it is a picture (PNG, SVG, PDF) rather than data. */
    public boolean isImage() {
        return image;
    }

    /** The lower-case name, which is also the usual file extension. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> fromName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName().equalsIgnoreCase(name)).findFirst();
    }

    /** "png|svg|…" for usage messages. */
    public static String choices() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining("|"));
    }
}
