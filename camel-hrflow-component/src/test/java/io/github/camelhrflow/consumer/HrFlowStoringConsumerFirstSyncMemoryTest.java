package io.github.camelhrflow.consumer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.RecordedRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof: a first sync of a 100,000-job board, or of a 40,000-profile source, runs in a heap that cannot hold it. The
 * sandbox serves the board or source from this JVM; the consumer runs in a JVM of its own with {@value #HEAP}
 * ({@link FirstSyncProbe}), delivers every object once, the first one after one page, and its heap after GC stays
 * within a few pages' worth (last run: 100,000 jobs, 114 MB of JSON, +6.0 MB after GC over the baseline, 10.5 pages;
 * 40,000 profiles, 62 MB of JSON, +6.3 MB, 8.1 pages).
 */
class HrFlowStoringConsumerFirstSyncMemoryTest {

    private static final String BOARD = "f1257000000000000000000000000000000000a1";
    private static final int PAGE_SIZE = 500;
    private static final String HEAP = "-Xmx48m";
    private static final long HEAP_BYTES = 48L * 1024 * 1024;

    @ParameterizedTest(name = "{0}: {1} objects")
    @CsvSource({ "JOB, 100000", "PROFILE, 40000" })
    void aFirstSyncOfAStorageBiggerThanTheHeapDeliversEveryObjectOnceAsItReads(HrFlowResource resource, int count,
                                                                               @TempDir Path dir)
            throws Exception {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).requestLogCapacity(100_000)
                .build().start()) {
            SyncHarness harness = new SyncHarness(sandbox, resource, BOARD);
            harness.seed("first sync memory", count, 7L);
            long boardBytes = 0;
            Set<String> expected = new HashSet<>();
            for (var object : harness.stored()) {
                boardBytes += object.toString().getBytes(StandardCharsets.UTF_8).length;
                expected.add(object.get("key").asText() + "@" + object.get("updated_at").asText());
            }
            long pageBytes = boardBytes / count * PAGE_SIZE;
            Path keysFile = dir.resolve("delivered.txt");

            List<String> output = runProbe(sandbox, resource, count, keysFile);

            long baseline = value(output, "baseline");
            long maxHeap = Long.parseLong(field(last(output, "delivered"), "maxHeapAfterGc"));
            List<String> delivered = Files.readAllLines(keysFile);
            Set<String> distinct = new HashSet<>(delivered);
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(distinct);
            long growth = maxHeap - baseline;
            System.out.printf("first sync: %d %ss, board %d bytes of JSON (%d per page of %d), consumer heap %s:"
                              + " baseline after GC %d bytes, max after GC while delivering %d (+%d, %.1f pages),"
                              + " %d delivered, %d missing, %d twice, %d listings before the first delivery%n",
                    count, resource.noun(), boardBytes, pageBytes, PAGE_SIZE, HEAP, baseline, maxHeap, growth,
                    growth / (double) pageBytes, delivered.size(), missing.size(),
                    delivered.size() - distinct.size(), listingsBeforeFirstDelivery(sandbox, resource));

            assertTrue(boardBytes > HEAP_BYTES, "the board's JSON alone is bigger than the consumer's heap: "
                                                + boardBytes);
            assertTrue(output.stream().anyMatch(line -> line.startsWith("delivered " + count + " complete true")),
                    String.join("\n", output));
            assertEquals(Set.of(), missing);
            assertEquals(count, delivered.size(), "each object once");
            assertTrue(listingsBeforeFirstDelivery(sandbox, resource) <= 2,
                    "the first delivery after one page (and the request for the newest version)");
            // a parsed page takes a few times its JSON, and the versions near the sweep's ceiling are kept as keys and
            // times: 16 pages' worth, where holding the board would take 200 and more
            assertTrue(growth < 16 * pageBytes, "heap growth " + growth + " > 16 pages of " + pageBytes);
        }
    }

    private static long listingsBeforeFirstDelivery(HrFlowSandbox sandbox, HrFlowResource resource) {
        long marker = Long.MAX_VALUE;
        List<RecordedRequest> requests = new ArrayList<>(sandbox.requests());
        for (RecordedRequest request : requests) {
            if ("first-delivery".equals(request.param("key"))) {
                marker = Math.min(marker, request.seq());
            }
        }
        long finalMarker = marker;
        return requests.stream()
                .filter(r -> ("/v1" + resource.storingPath()).equals(r.path()) && r.seq() < finalMarker).count();
    }

    private static List<String> runProbe(HrFlowSandbox sandbox, HrFlowResource resource, int count, Path keysFile)
            throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, HEAP, "-XX:+UseSerialGC", "-cp", classpath,
                FirstSyncProbe.class.getName(), sandbox.baseUrl(), sandbox.apiKey(), sandbox.userEmail(), BOARD,
                Integer.toString(PAGE_SIZE), Integer.toString(count), keysFile.toString(), "10000", resource.name())
                .redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        List<String> output = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                output.add(line);
                if (line.startsWith("heap ") || line.startsWith("baseline") || line.startsWith("delivered")
                    || line.contains("OutOfMemoryError") || line.contains("Exception")) {
                    System.out.println("probe: " + line);
                }
            }
        }
        assertTrue(process.waitFor(11, TimeUnit.MINUTES), "the probe ended");
        assertEquals(0, process.exitValue(), String.join("\n", output));
        return output;
    }

    private static long value(List<String> output, String prefix) {
        return Long.parseLong(last(output, prefix).split(" ")[1]);
    }

    private static String last(List<String> output, String prefix) {
        String found = null;
        for (String line : output) {
            if (line.startsWith(prefix + " ")) {
                found = line;
            }
        }
        if (found == null) {
            throw new AssertionError("no line '" + prefix + "' in:\n" + String.join("\n", output));
        }
        return found;
    }

    private static String field(String line, String name) {
        String[] words = line.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equals(name)) {
                return words[i + 1];
            }
        }
        throw new AssertionError(name + " in " + line);
    }
}
