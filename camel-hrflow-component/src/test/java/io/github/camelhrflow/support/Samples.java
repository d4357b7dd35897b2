package io.github.camelhrflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
    /** HrFlow's 201 answer to a synchronous parse: {@code data.profile} is a 2023 profile (live capture). */
    public static final String PARSED_PROFILE = "profile-parsing-201-sync.json";
    /** A stored profile of 2021, bare (not in an envelope): the older shape. */
    public static final String PROFILE_2021 = "profile-object-2021.json";
    /** The body HrFlow's SDK tests index: every field, résumé dates with and without an offset. */
    public static final String PROFILE_SDK_TEST = "profile-indexing-post-request-sdk-test.json";
    public static final String SOURCE_NOT_FOUND = "error-400-source-not-found.json";
    /** Inferred, not captured: HrFlow's own code matches "Unable to find object: profile". */
    public static final String PROFILE_NOT_FOUND = "error-400-profile-not-found.json";
    public static final String PROFILE_REFERENCE_USED = "error-400-profile-reference-used.json";

    /** Every sample that holds a job: HrFlow's answers to GET, POST and PUT, and the body of a POST. */
    private static final Pattern JOB_SAMPLE = Pattern.compile("(get|post|put)-job-.*\\.json");
    /** Every sample that holds a profile: answers, request bodies and bare profile objects. */
    private static final Pattern PROFILE_SAMPLE = Pattern.compile("profile-.*\\.json");

    // trees keep a number's scale, so jobAnswer() and tree().toString() do not turn 45000 into 45000.0 or back
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

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

    /** The names of every job sample on the class path, so a sample added to test-data is tested too. */
    public static List<String> jobSamples() {
        return named(JOB_SAMPLE);
    }

    /** The names of every profile sample on the class path, so a sample added to test-data is tested too. */
    public static List<String> profileSamples() {
        return named(PROFILE_SAMPLE);
    }

    private static List<String> named(Pattern pattern) {
        URL folder = Samples.class.getResource("/samples");
        if (folder == null) {
            throw new IllegalStateException("No samples folder on the class path");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> pattern.matcher(name).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
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
