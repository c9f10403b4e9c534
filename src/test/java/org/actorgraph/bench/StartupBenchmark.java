package org.actorgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures the time from {@code java} start to the first frame that shows the seed graph, by
 * starting the packaged application several times with its start-up probe switched on. Needs a
 * display (run it under xvfb-run) and {@code target/actorgraph.jar}; see docs/performance.md.
 *
 * <p>The application starts with the JVM options it is installed with (the pom's
 * {@code app.jvm.options}, handed over by the exec plugin); a third argument {@code none} starts it
 * without them, for comparison.
 */
public final class StartupBenchmark {

    private static final String PREFIX = "first-graph-frame-ms=";

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path jar = Path.of(args.length > 1 ? args[1] : "target/actorgraph.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw package first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        if (!(args.length > 2 && args[2].equals("none"))) {
            command.addAll(ApplicationJvmOptions.fromPom());
        }
        command.addAll(List.of("-Dactorgraph.startupProbe=true", "-cp", jar.toString(), "org.actorgraph.Launcher"));
        System.out.println("command: " + String.join(" ", command));
        List<Long> wallMs = new ArrayList<>();
        List<Long> probeMs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Long reported = null;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(PREFIX)) {
                        reported = Long.parseLong(line.substring(PREFIX.length()).trim());
                        wallMs.add((System.nanoTime() - start) / 1_000_000);
                    }
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            if (reported == null) {
                throw new IllegalStateException("run " + (i + 1) + " never showed a graph (is DISPLAY set?)");
            }
            probeMs.add(reported);
            System.out.printf("run %d: first graph frame %d ms after JVM start%n", i + 1, reported);
        }
        System.out.printf("JVM start → first graph frame: median %d ms, min %d ms, max %d ms (%d runs)%n",
                median(probeMs), Collections.min(probeMs), Collections.max(probeMs), runs);
        System.out.printf("process launch → first graph frame (as seen from outside): median %d ms%n",
                median(wallMs));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
