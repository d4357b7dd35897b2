package io.github.camelhrflow.sandbox;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /_sandbox/boards}: lists the boards, and creates one filled with generated jobs (or adds
 * generated jobs to an existing one), so a tool outside the JVM can set up a large board in seconds.
 */
final class AdminBoards {

    /** Beyond this a typo would exhaust the sandbox's memory rather than make a useful board. */
    static final int MAX_JOBS = 1_000_000;

    private static final Set<String> FIELDS = Set.of("key", "name", "jobs", "seed");

    private final JobStore store;

    AdminBoards(JobStore store) {
        this.store = store;
    }

    /** {@code {"boards":[{"key","name","jobs"}]}}. */
    ApiResponse list() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode boards = body.putArray("boards");
        for (Board board : store.boards()) {
            boards.add(describe(board));
        }
        return ApiResponse.json(200, body);
    }

    /**
     * {@code {"key": optional 40-hex key, "name": optional, "jobs": count, "seed": optional}}: the board is
     * created when new (a key is made up when none is given), then gets {@code jobs} generated jobs.
     */
    ApiResponse create(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object");
        }
        for (Iterator<String> names = request.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("Unknown field \"" + name + "\"; known: " + FIELDS);
            }
        }
        String key = text(request, "key");
        String name = text(request, "name");
        int jobs = (int) number(request, "jobs", 0, MAX_JOBS);
        long seed = number(request, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        if (key == null) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            key = JobStore.hexKey(random.nextLong(), random.nextLong(), random.nextInt());
        }
        if (!store.hasBoard(key) || name != null) {
            store.putBoard(Board.of(key, name != null ? name : "generated"));
        }
        new JobSeeder(store).seed(key, jobs, seed);
        return ApiResponse.json(200, describe(store.board(key).orElseThrow()).put("jobs_added", jobs));
    }

    private ObjectNode describe(Board board) {
        return Json.MAPPER.createObjectNode().put("key", board.key()).put("name", board.name())
                .put("jobs", store.jobCount(board.key()));
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
