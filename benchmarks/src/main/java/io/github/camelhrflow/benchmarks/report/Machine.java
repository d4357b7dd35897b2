package io.github.camelhrflow.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the numbers were measured on.
 *
 * @param processors {@code nproc}
 * @param java       the JVM's name and version
 * @param cpu        the CPU model, from {@code /proc/cpuinfo}
 */
public record Machine(int processors, String java, String cpu) {

    public static Machine current() {
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new Machine(Runtime.getRuntime().availableProcessors(), java, cpuModel());
    }

    /** The 1-minute load average from {@code /proc/loadavg}: on a shared machine it says how noisy a run was. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | UnsupportedOperationException e) {
            return "unknown (no /proc/cpuinfo)";
        }
    }

    @Override
    public String toString() {
        return processors + " CPUs (" + cpu + "), " + java;
    }
}
