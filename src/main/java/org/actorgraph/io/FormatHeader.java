package org.actorgraph.io;

/**
 * Checks the {@code format} and {@code version} fields every ActorGraph JSON file starts with
 * (corpus files, view files), with the same messages for all of them.
 *
 * @param formatName the expected value of {@code format}
 * @param supportedVersion the newest version this reader understands
 * @param fileKind how the messages name the file, e.g. "corpus file"
 */
record FormatHeader(String formatName, int supportedVersion, String fileKind) {

    /**
     * @param wrongFormatHint what to tell the user when the file declares another format, e.g.
     *     ": this is not an ActorGraph corpus file"
     * @return false when the file declares another format, so that reading it must stop
     */
    boolean checkFormat(JsonFields top, Problems problems, String wrongFormatHint) {
        String format = top.string("format");
        if (format != null && !format.equals(formatName)) {
            problems.error(top.path("format"), "expected \"" + formatName + "\", found "
                    + Describe.quote(format) + wrongFormatHint);
            return false;
        }
        return true;
    }

    /**
     * A missing or malformed version is reported by the caller's field checks, and the file is then
     * read as the current version so that its other problems are found too; a newer version stops
     * reading, since fields may have changed meaning.
     *
     * @return false when the version is newer than this reader supports
     */
    boolean checkVersion(JsonFields top, Problems problems) {
        Integer version = top.integer("version");
        if (version == null) {
            return true;
        }
        if (version > supportedVersion) {
            problems.error(top.path("version"), "the file has format version " + version
                    + ", but this ActorGraph reads " + fileKind + "s up to version " + supportedVersion
                    + ": open it with a newer ActorGraph");
            return false;
        }
        if (version < 1) {
            problems.error(top.path("version"), "format version " + version
                    + " does not exist: expected an integer from 1 to " + supportedVersion);
        }
        return true;
    }
}
