package io.github.camelhrflow.sandbox;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /_sandbox/boards} and {@code /_sandbox/sources}: lists the boards (sources), and creates one
 * filled with generated jobs (profiles), or adds generated items to an existing one, so a tool outside
 * the JVM can set up a large board or source in seconds.
 */
final class AdminContainers {

    /** Beyond this a typo would exhaust the sandbox's memory rather than make a useful board. */
    static final int MAX_ITEMS = 1_000_000;

    private final JobStore store;
    private final Resource resource;
    /** {@code jobs} or {@code profiles}: the count field of the requests and answers. */
    private final String countField;
    private final Set<String> fields;

    AdminContainers(JobStore store, Resource resource) {
        this.store = store;
        this.resource = resource;
        this.countField = resource.word() + "s";
        this.fields = resource == Resource.PROFILE ? Set.of("key", "name", countField, "seed", "sync_parsing")
                : Set.of("key", "name", countField, "seed");
    }

    /** {@code {"boards":[{"key","name","jobs"}]}} or {@code {"sources":[{"key","name","profiles","sync_parsing"}]}}. */
    ApiResponse list() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode list = body.putArray(resource.container() + "s");
        for (ContainerInfo info : store.containers(resource)) {
            list.add(describe(info));
        }
        return ApiResponse.json(200, body);
    }

    /**
     * {@code {"key": optional 40-hex key, "name": optional, "jobs" or "profiles": count, "seed": optional}}
     * (and for a source {@code "sync_parsing": true|false}): the container is created when new (a key is
     * made up when none is given), then gets that many generated items.
     */
    ApiResponse create(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object");
        }
        for (Iterator<String> names = request.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw ApiException.badRequest("Unknown field \"" + name + "\"; known: " + fields);
            }
        }
        String key = text(request, "key");
        String name = text(request, "name");
        int count = (int) number(request, countField, 0, MAX_ITEMS);
        long seed = number(request, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        JsonNode sync = request.get("sync_parsing");
        if (sync != null && !sync.isBoolean() && !sync.isNull()) {
            throw ApiException.badRequest("\"sync_parsing\" must be true or false, got: " + sync);
        }
        if (key == null) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            key = JobStore.hexKey(random.nextLong(), random.nextLong(), random.nextInt());
        }
        ContainerInfo existing = store.container(resource, key).orElse(null);
        if (existing == null || name != null || sync != null && !sync.isNull()) {
            ContainerInfo base = existing != null ? existing
                    : ContainerInfo.of(resource, key, name != null ? name : "generated");
            store.putContainer(new ContainerInfo(resource, key, name != null ? name : base.name(), base.type(),
                    base.subtype(), base.environment(),
                    sync != null && !sync.isNull() ? sync.booleanValue() : base.syncParsing()));
        }
        seeder(store, resource).seed(key, count, seed);
        return ApiResponse.json(200, describe(store.container(resource, key).orElseThrow())
                .put(countField + "_added", count));
    }

    static ItemSeeder seeder(JobStore store, Resource resource) {
        return resource == Resource.PROFILE ? new ProfileSeeder(store) : new JobSeeder(store);
    }

    private ObjectNode describe(ContainerInfo info) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("key", info.key()).put("name", info.name())
                .put(countField, store.count(resource, info.key()));
        if (resource == Resource.PROFILE) {
            node.put("sync_parsing", info.syncParsing());
        }
        return node;
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest("\"" + field + "\" must be a non-empty string, got: " + value);
        }
        return value.asText();
    }

    private static long number(JsonNode request, String field, long min, long max) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            throw ApiException
                    .badRequest("\"" + field + "\" must be an integer in " + min + ".." + max + ", got: " + value);
        }
        return value.asLong();
    }
}
