package io.github.camelhrflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * HrFlow's real answers, copied from the API notes into the test resources.
 */
public final class Samples {

    public static final List<String> JOBS = List.of("get-job-2020-legacy.json", "get-job-2022-null-reference.json",
            "get-job-2023-full.json", "get-job-seed-example.json");
    public static final String FULL_JOB = "get-job-2023-full.json";
    public static final String NULL_REFERENCE_JOB = "get-job-2022-null-reference.json";
    public static final String JOB_NOT_FOUND = "error-400-job-not-found.json";
    public static final String BOARD_NOT_FOUND = "error-400-board-not-found.json";
    public static final String INVALID_KEY = "error-401-invalid-key.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Samples() {
    }

    public static String text(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full job sample as HrFlow would answer for {@code key} (and {@code reference}, which may be null). */
    public static String jobAnswer(String key, String reference) {
        ObjectNode answer = (ObjectNode) tree(text(FULL_JOB));
        ObjectNode data = (ObjectNode) answer.get("data");
        data.put("key", key);
        data.put("reference", reference);
        return answer.toString();
    }
}
