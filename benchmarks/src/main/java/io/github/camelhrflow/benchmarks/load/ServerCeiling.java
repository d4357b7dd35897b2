package io.github.camelhrflow.benchmarks.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.benchmarks.report.CeilingRow;
import io.github.camelhrflow.benchmarks.report.Workload;
import io.github.camelhrflow.benchmarks.server.ServerProcess;

/**
 * How fast a server can answer at all: the {@link RawHttpClient} asks for a tiny answer, then for each workload's
 * jobs, at each concurrency level, and the server's own CPU time per answer is read from the operating system.
 */
public final class ServerCeiling {

    private static final String HEALTH = "/_sandbox/health";

    private final LoadDriver driver;
    private final List<Integer> levels;
    private final int repetitions;
    private final String credentials;

    /**
     * @param repetitions runs per cell after one warm-up run; the median by throughput is kept
     */
    public ServerCeiling(LoadDriver driver, List<Integer> levels, int repetitions, String apiKey, String userEmail) {
        this.driver = driver;
        this.levels = levels;
        this.repetitions = repetitions;
        this.credentials = "X-API-KEY: " + apiKey + "\r\nX-USER-EMAIL: " + userEmail + "\r\n";
    }

    /**
     * Measures one server; {@code healthCalls} calls per run for the tiny answer, a fifth of a workload's own count
     * for its jobs (the raw client is that much faster than the variants).
     */
    public List<CeilingRow> measure(ServerProcess server, List<Workload> workloads, int healthCalls)
            throws IOException, InterruptedException {
        List<CeilingRow> rows = new ArrayList<>();
        try (RawHttpClient client = new RawHttpClient(server.rootUrl(), credentials)) {
            rows.addAll(measure(server, client, "health page (tiny)", Map.of(HEALTH, client.request(HEALTH)),
                    healthCalls));
            for (Workload w : workloads) {
                Map<String, byte[]> requests = new LinkedHashMap<>();
                for (String key : w.keys()) {
                    requests.put(key, client.request("/v1/job/indexing?board_key=" + w.boardKey() + "&key=" + key));
                }
                rows.addAll(measure(server, client, w.name(), requests, w.callsConcurrent() / 5));
            }
        }
        return rows;
    }

    private List<CeilingRow> measure(ServerProcess server, RawHttpClient client, String answer,
                                     Map<String, byte[]> requests, int calls)
            throws InterruptedException {
        Call call = key -> {
            int status = client.send(requests.get(key));
            if (status != 200) {
                throw new IOException("HTTP " + status + " from the " + server.name() + " for " + key);
            }
        };
        List<String> keys = List.copyOf(requests.keySet());
        List<CeilingRow> rows = new ArrayList<>();
        for (int level : levels) {
            driver.run(call, keys, calls, level, server::cpuNanos);
            List<Measurement> runs = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                runs.add(driver.run(call, keys, calls, level, server::cpuNanos));
            }
            runs.sort(Comparator.comparingDouble(Measurement::callsPerSecond));
            Measurement median = runs.get(runs.size() / 2);
            rows.add(new CeilingRow(server.name(), answer, level, median));
            System.out.printf("  ceiling %-14s %-28s %2d in flight: %,8.0f req/s, server %,6.0f µs/req%n",
                    server.name(), answer, level, median.callsPerSecond(), median.serverCpuMicrosPerCall());
        }
        return rows;
    }
}
