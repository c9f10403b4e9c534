package org.actorgraph.render;

import java.util.Locale;
import java.util.Optional;

/** The colours a figure is drawn in. Relation types keep their own colours in every theme. */
public enum Theme {
    LIGHT(Rgb.hex("#FFFFFF"), Rgb.hex("#222222"), Rgb.hex("#EAF0F7"), Rgb.hex("#4A5A6A"),
            Rgb.hex("#FAFAFA"), Rgb.hex("#C8C8C8"), Rgb.hex("#A8A8A8"), Rgb.hex("#555555")),
    DARK(Rgb.hex("#1E1F22"), Rgb.hex("#E8E8E8"), Rgb.hex("#3A4049"), Rgb.hex("#AEB9C7"),
            Rgb.hex("#26282C"), Rgb.hex("#4A4D53"), Rgb.hex("#6E6E6E"), Rgb.hex("#B0B0B0")),
    PRINT(Rgb.hex("#FFFFFF"), Rgb.hex("#000000"), Rgb.hex("#FFFFFF"), Rgb.hex("#000000"),
            Rgb.hex("#FFFFFF"), Rgb.hex("#000000"), Rgb.hex("#B4B4B4"), Rgb.hex("#333333"));

    private final Rgb background;
    private final Rgb text;
    private final Rgb vertexFill;
    private final Rgb vertexStroke;
    private final Rgb legendFill;
    private final Rgb legendBorder;
    private final Rgb fadeTowards;
    private final Rgb secondaryText;

    Theme(Rgb background, Rgb text, Rgb vertexFill, Rgb vertexStroke, Rgb legendFill, Rgb legendBorder,
          Rgb fadeTowards, Rgb secondaryText) {
        this.background = background;
        this.text = text;
        this.vertexFill = vertexFill;
        this.vertexStroke = vertexStroke;
        this.legendFill = legendFill;
        this.legendBorder = legendBorder;
        this.fadeTowards = fadeTowards;
        this.secondaryText = secondaryText;
    }

    public Rgb background() {
        return background;
    }

    public Rgb text() {
        return text;
    }

    /** Captions and other small print. */
    public Rgb secondaryText() {
        return secondaryText;
    }

    public Rgb vertexFill() {
        return vertexFill;
    }

    public Rgb vertexStroke() {
        return vertexStroke;
    }

    public Rgb legendFill() {
        return legendFill;
    }

    public Rgb legendBorder() {
        return legendBorder;
    }

    /** Denied claims are drawn in their type's colour mixed with this grey. */
    public Rgb fadeTowards() {
        return fadeTowards;
    }

    /** The lower-case name used on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> fromName(String name) {
        for (Theme theme : values()) {
            if (theme.cliName().equalsIgnoreCase(name)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
