package org.actorgraph.render;

/**
 * A colour with alpha, as every output format understands it. Plain data, so a drawing does not
 * depend on any toolkit's colour class.
 */
public record Rgb(int red, int green, int blue, int alpha) {

    public Rgb {
        check(red);
        check(green);
        check(blue);
        check(alpha);
    }

    private static void check(int channel) {
        if (channel < 0 || channel > 255) {
            throw new IllegalArgumentException("colour channel out of range: " + channel);
        }
    }

    /** An opaque colour from {@code #RRGGBB}. */
    public static Rgb hex(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (digits.length() != 6) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
        }
        int value = Integer.parseInt(digits, 16);
        return new Rgb(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF, 255);
    }

    /** {@code #RRGGBB}, upper case, without alpha. */
    public String toHex() {
        return String.format(java.util.Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    /** This colour with another alpha. */
    public Rgb withAlpha(int newAlpha) {
        return new Rgb(red, green, blue, newAlpha);
    }

    /** The mix of this colour with {@code other}: 0 is this colour, 1 is {@code other}. */
    public Rgb mix(Rgb other, double amount) {
        return new Rgb(blend(red, other.red, amount), blend(green, other.green, amount),
                blend(blue, other.blue, amount), blend(alpha, other.alpha, amount));
    }

    private static int blend(int a, int b, double amount) {
        return (int) Math.round(a + (b - a) * amount);
    }
}
