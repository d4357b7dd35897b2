package io.github.camelhrflow.examples.quarkus;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelhrflow.model.Job;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The board as the {@code board-sync} route last saw it: the newest version of each job, by key. In memory, so a
 * restart syncs the board again from the beginning (the consumer's default {@code startFrom}).
 */
@ApplicationScoped
public class BoardJobs {

    /** One job of the board: {@code version} is the consumer's {@code CamelHrFlowJobVersion}, key@updated_at. */
    // Jackson writes it by reflection: a native image must be told
    @RegisterForReflection
    public record Entry(String key, String name, String version, boolean archived) {
    }

    private final Map<String, Entry> byKey = new ConcurrentHashMap<>();

    /** Keeps this version of the job, replacing the one seen before. */
    public void put(Job job, String version) {
        byKey.put(job.getKey(), new Entry(job.getKey(), job.getName(), version, job.getArchivedAt() != null));
    }

    /** The jobs seen so far, by key. */
    public List<Entry> list() {
        return byKey.values().stream().sorted(Comparator.comparing(Entry::key)).toList();
    }
}
