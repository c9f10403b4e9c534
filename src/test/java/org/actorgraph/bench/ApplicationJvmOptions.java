package org.actorgraph.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options the application is run and installed with (the pom's {@code app.jvm.options},
 * which the exec plugin hands to the benchmarks as a system property), so that a benchmark measures
 * the application as users start it.
 */
final class ApplicationJvmOptions {

    static final String PROPERTY = "app.jvm.options";

    private ApplicationJvmOptions() {
    }

    /** The options, or none when the benchmark was not started through the pom's exec plugin. */
    static List<String> fromPom() {
        String options = System.getProperty(PROPERTY, "").trim();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
    }

    /**
     * Says whether this JVM runs with those options, for benchmarks that measure in their own JVM
     * (Maven's, where they come from {@code MAVEN_OPTS}).
     */
    static String describeThisJvm() {
        List<String> wanted = fromPom();
        List<String> running = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (wanted.isEmpty()) {
            return "JVM options: " + running;
        }
        return running.containsAll(wanted)
                ? "JVM options: the application's (" + String.join(" ", wanted) + ")"
                : "JVM options: NOT the application's (" + String.join(" ", wanted) + "; run with MAVEN_OPTS=\""
                        + String.join(" ", wanted) + "\" to measure it as users start it)";
    }
}
