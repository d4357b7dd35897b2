package io.github.camelhrflow.sandbox;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default seed holds every quirk of HrFlow's JSON that clients must absorb. Each quirk is
 * asserted so that editing the seed cannot silently drop one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefaultSeedTest {

    private static final Pattern HEX_KEY = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern HRFLOW_TIMESTAMP =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d{4}");
    private static final List<String> NAME_VALUE_LISTS =
            List.of("skills", "languages", "certifications", "courses", "tasks", "interests", "tags", "metadatas");
    private static final List<String> LIST_FIELDS = Stream.concat(NAME_VALUE_LISTS.stream(),
            Stream.of("sections", "ranges_float", "ranges_date")).toList();

    private JobStore store;
    private List<ObjectNode> jobs;

    @BeforeAll
    void loadDefaultSeed() {
        store = HrFlowSandbox.builder().build().store();
        jobs = store.boards().stream().flatMap(board -> store.jobs(board.key()).stream()).toList();
    }

    @Test
    void hasTheDocumentedBoardsAndAboutADozenJobs() {
        assertTrue(store.boards().size() >= 3);
        assertTrue(jobs.size() >= 12, jobs.size() + " jobs");
        for (String board : List.of(HrFlowSandbox.DEMO_BOARD_KEY, HrFlowSandbox.BENCHMARK_BOARD_KEY,
                HrFlowSandbox.SAMPLE_2022_BOARD_KEY, HrFlowSandbox.SAMPLE_2023_BOARD_KEY,
                HrFlowSandbox.LEGACY_BOARD_KEY, HrFlowSandbox.DOCS_EXAMPLE_BOARD_KEY)) {
            assertTrue(store.hasBoard(board), board);
            assertTrue(HEX_KEY.matcher(board).matches(), board);
        }
        assertTrue(store.jobs(HrFlowSandbox.DEMO_BOARD_KEY).size() >= 5);
    }

    @Test
    void containsTheFourRealSamples() {
        assertSample("get-job-2020-legacy.json", HrFlowSandbox.LEGACY_BOARD_KEY);
        assertSample("get-job-2022-null-reference.json", HrFlowSandbox.SAMPLE_2022_BOARD_KEY);
        assertSample("get-job-2023-full.json", HrFlowSandbox.SAMPLE_2023_BOARD_KEY);
        assertSample("get-job-seed-example.json", HrFlowSandbox.DOCS_EXAMPLE_BOARD_KEY);
    }

    private void assertSample(String sample, String board) {
        JsonNode expected = SandboxClient.resource("samples/" + sample).get("data");
        JsonNode seeded =
                SandboxClient.json(store.jobByKey(board, expected.get("key").asText()).orElseThrow().toString());
        assertEquals(expected, seeded, sample);
    }

    @Test
    void valuesAreNullStringNumberAndBoolean() {
        Set<JsonNodeType> types = EnumSet.noneOf(JsonNodeType.class);
        jobs.forEach(job -> NAME_VALUE_LISTS
                .forEach(list -> job.path(list).forEach(item -> types.add(item.path("value").getNodeType()))));

        assertTrue(
                types.containsAll(
                        EnumSet.of(JsonNodeType.NULL, JsonNodeType.STRING, JsonNodeType.NUMBER, JsonNodeType.BOOLEAN)),
                types.toString());
        assertSome("an integer value", job -> anyValue(job, JsonNode::isIntegralNumber));
        assertSome("a decimal value", job -> anyValue(job, JsonNode::isFloatingPointNumber));
    }

    @Test
    void locationFieldsAreNullEmptyArrayOrObject() {
        assertSome("location.fields null", job -> job.at("/location/fields").isNull());
        assertSome("location.fields []",
                job -> job.at("/location/fields").isArray() && job.at("/location/fields").isEmpty());
        assertSome("location.fields object", job -> job.at("/location/fields").isObject()
                                                    && job.at("/location/fields").has("city")
                                                    && job.at("/location/fields").has("country"));
    }

    @Test
    void coordinatesAreNullOrNumbers() {
        assertSome("lat/lng null", job -> job.at("/location/lat").isNull() && job.at("/location/lng").isNull());
        assertSome("lat/lng numbers", job -> job.at("/location/lat").isNumber() && job.at("/location/lng").isNumber());
        assertSome("a negative longitude",
                job -> job.at("/location/lng").isNumber() && job.at("/location/lng").asDouble() < 0);
    }

    @Test
    void aListIsNullInOneJobAndEmptyInAnother() {
        List<String> both = new ArrayList<>();
        for (String field : LIST_FIELDS) {
            boolean isNull = jobs.stream().anyMatch(job -> job.has(field) && job.get(field).isNull());
            boolean isEmpty = jobs.stream().anyMatch(job -> job.path(field).isArray() && job.get(field).isEmpty());
            if (isNull && isEmpty) {
                both.add(field);
            }
        }
        assertTrue(both.size() >= 2, "lists both null and []: " + both);
    }

    @Test
    void timestampsUseAnOffsetWithoutColon() {
        for (ObjectNode job : jobs) {
            for (String field : List.of("created_at", "updated_at")) {
                String value = job.path(field).asText();
                assertTrue(HRFLOW_TIMESTAMP.matcher(value).matches(), field + " = " + value + " in " + job.get("key"));
            }
        }
    }

    @Test
    void rangesDateValuesAreFreeForm() {
        List<String> values = new ArrayList<>();
        jobs.forEach(job -> job.path("ranges_date").forEach(range -> {
            values.add(range.path("value_min").asText());
            values.add(range.path("value_max").asText());
        }));
        Map<String, Pattern> shapes = Map.of(
                "minutes, no zone", Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"),
                "millis and Z", Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                "date only", Pattern.compile("\\d{4}-\\d\\d-\\d\\d"));
        shapes.forEach((shape, pattern) -> assertTrue(values.stream().anyMatch(v -> pattern.matcher(v).matches()),
                "ranges_date " + shape + ": " + values));
        assertSome("a range with an empty name",
                job -> stream(job.path("ranges_date")).anyMatch(r -> r.path("name").asText().isEmpty()));
    }

    @Test
    void archivedAndLiveJobs() {
        assertSome("an archived job", job -> job.path("archived_at").isTextual());
        assertSome("a live job", job -> job.path("archived_at").isNull());
    }

    @Test
    void referencesAndUrlsCanBeNullOrEmpty() {
        assertSome("a null reference", job -> job.path("reference").isNull());
        assertSome("a null url", job -> job.path("url").isNull());
        assertSome("an empty url", job -> job.path("url").isTextual() && job.path("url").asText().isEmpty());
    }

    @Test
    void legacyShapeAndNewerFieldsAreBothPresent() {
        assertSome("a 2020-shaped job without board_key", job -> !job.has("board_key") && !job.has("board"));
        assertSome("skills without type", job -> stream(job.path("skills")).anyMatch(s -> !s.has("type")));
        assertSome("skill types hard and soft",
                job -> stream(job.path("skills")).anyMatch(s -> "hard".equals(s.path("type").asText()))
                       && stream(job.path("skills")).anyMatch(s -> "soft".equals(s.path("type").asText())));
        assertSome("a null skill type",
                job -> stream(job.path("skills")).anyMatch(s -> s.has("type") && s.get("type").isNull()));
        assertSome("the rare interests list",
                job -> job.path("interests").isArray() && !job.get("interests").isEmpty());
        assertSome("a field unknown to the documented model", job -> job.has("x_sandbox_new_field"));
    }

    @Test
    void ownKeysAreFortyHexCharacters() {
        long hexKeys = jobs.stream().filter(job -> HEX_KEY.matcher(job.get("key").asText()).matches()).count();
        // only the two samples copied from HrFlow's documentation use the placeholder "job_key"
        assertEquals(jobs.size() - 2, hexKeys);
    }

    @Test
    void benchmarkBoardHoldsALargeJob() {
        ObjectNode large =
                store.jobByKey(HrFlowSandbox.BENCHMARK_BOARD_KEY, HrFlowSandbox.BENCHMARK_JOB_KEY).orElseThrow();
        int text = large.get("summary").asText().length()
                   + stream(large.get("sections")).mapToInt(s -> s.get("description").asText().length()).sum();
        assertTrue(text >= 190_000, text + " characters of text");
        assertEquals("sandbox_benchmark", store.board(HrFlowSandbox.BENCHMARK_BOARD_KEY).orElseThrow().name());
    }

    private void assertSome(String quirk, Predicate<ObjectNode> test) {
        assertTrue(jobs.stream().anyMatch(test), "no job with " + quirk);
    }

    private static boolean anyValue(ObjectNode job, Predicate<JsonNode> test) {
        return NAME_VALUE_LISTS.stream().flatMap(list -> stream(job.path(list)))
                .anyMatch(item -> test.test(item.path("value")));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
