package io.github.camelhrflow;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.model.NamedValue;
import io.github.camelhrflow.model.RangeFloat;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.support.JsonTrees;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A job read and written back as JSON is what HrFlow sent, number text included ({@link JsonTrees}: only field order
 * and white space may differ), for every real sample and for numbers written every way JSON allows.
 */
class JobModelRoundTripTest extends SandboxTestSupport {

    static final List<String> GET_ANSWERS = Samples.JOBS;

    /** Each real GET answer, and the board of the sandbox's seed that serves it as HrFlow sent it. */
    static final Map<String, String> GET_SAMPLES = Map.of(
            "get-job-2020-legacy.json", HrFlowSandbox.LEGACY_BOARD_KEY,
            "get-job-2022-null-reference.json", HrFlowSandbox.SAMPLE_2022_BOARD_KEY,
            "get-job-2023-full.json", HrFlowSandbox.SAMPLE_2023_BOARD_KEY,
            "get-job-seed-example.json", HrFlowSandbox.DOCS_EXAMPLE_BOARD_KEY);

    /** A job whose numbers are written every way JSON allows, in every place the model keeps a number. */
    private static final String NUMBERS = """
            {"key":"k","archive":-0,
             "location":{"text":null,"lat":48.8566,"lng":-0.0,"fields":{"postcode":75001,"area":[1.50,1e3]}},
             "ranges_float":[{"name":"salary","value_min":45000,"value_max":45000.0,"unit":"eur"},
                             {"name":"big","value_min":12345678901234567890,"value_max":1E+3,"unit":null}],
             "skills":[{"name":"spark","value":0.9,"type":"hard"},{"name":"sql","value":1e3,"type":null}],
             "languages":[{"name":"english","value":1},{"name":"french","value":-0}],
             "tags":[{"name":"t","value":true},{"name":"n","value":null},{"name":"s","value":"45000.0"},
                     {"name":"big","value":12345678901234567890},{"name":"tiny","value":1e-07}],
             "shiny_new_field":{"scores":[45000,45000.0,0.9,1e3,-0,12345678901234567890,1.50,0.90]}}
            """;

    @Test
    void everyGetSampleIsFetched() {
        assertEquals(Set.copyOf(Samples.JOBS), GET_SAMPLES.keySet());
    }

    @ParameterizedTest
    @FieldSource("GET_ANSWERS")
    void fetchedJobWritesBackAsHrFlowSentIt(String sample) throws Exception {
        String answer = Samples.text(sample);
        String key = Samples.tree(answer).at("/data/key").asText();

        Job job = template.requestBody("hrflow:job-indexing?boardKey=" + GET_SAMPLES.get(sample) + "&key=" + key,
                (Object) null, Job.class);
        String written = context.getTypeConverter().mandatoryConvertTo(String.class, job);

        assertNull(JsonTrees.firstDifference(JsonTrees.exact(answer, "data"), JsonTrees.exact(written), "data"));
    }

    static List<String> everyJobSample() {
        return Samples.jobSamples();
    }

    @ParameterizedTest
    @MethodSource("everyJobSample")
    void everyJobSampleWritesBackAsWritten(String sample) throws Exception {
        String text = Samples.text(sample);
        // answers wrap the job in HrFlow's envelope; a request body is the bare job
        boolean answer = Samples.tree(text).has("data");
        Object expected = answer ? JsonTrees.exact(text, "data") : JsonTrees.exact(text);
        Job job = answer ? HrFlowJson.mapper().readValue(text, JobAnswer.class).data
                : HrFlowJson.mapper().readValue(text, Job.class);

        String written = HrFlowJson.mapper().writeValueAsString(job);

        assertNull(JsonTrees.firstDifference(expected, JsonTrees.exact(written), sample));
    }

    @Test
    void everySampleFolderIsCovered() {
        assertTrue(Samples.jobSamples().containsAll(List.of("get-job-2023-full.json", "post-job-201-created.json",
                "post-job-request.json", "put-job-200-edited.json")), () -> "found " + Samples.jobSamples());
    }

    @Test
    void numbersAreWrittenBackWithTheTextHrFlowSent() throws Exception {
        Job job = HrFlowJson.mapper().readValue(NUMBERS, Job.class);

        String written = HrFlowJson.mapper().writeValueAsString(job);

        assertNull(JsonTrees.firstDifference(NUMBERS, written));
        // the same again through the Camel converters a route uses
        Job again = context.getTypeConverter().mandatoryConvertTo(Job.class, written);
        assertNull(
                JsonTrees.firstDifference(NUMBERS, context.getTypeConverter().mandatoryConvertTo(String.class, again)));
    }

    @Test
    void anyObjectMapperKeepsTheNumberText() throws Exception {
        // the model's own annotations do the work, so Camel's Jackson data format or a user's mapper keep it too
        ObjectMapper plain = new ObjectMapper();

        assertNull(JsonTrees.firstDifference(NUMBERS, plain.writeValueAsString(plain.readValue(NUMBERS, Job.class))));
    }

    @Test
    void numbersALenientParserAcceptsAreWrittenBackAsValidJson() throws Exception {
        ObjectMapper lenient = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
                .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
                .build();

        NamedValue plus = lenient.readValue("{\"value\":+1}", NamedValue.class);
        NamedValue point = lenient.readValue("{\"value\":.50}", NamedValue.class);

        assertNull(JsonTrees.firstDifference("{\"value\":1}", HrFlowJson.mapper().writeValueAsString(plus)));
        assertNull(JsonTrees.firstDifference("{\"value\":0.50}", HrFlowJson.mapper().writeValueAsString(point)));
    }

    @Test
    void numbersAreBigDecimalsWithTheirScale() throws Exception {
        Job job = HrFlowJson.mapper().readValue(NUMBERS, Job.class);

        RangeFloat salary = job.getRangesFloat().get(0);
        assertEquals(new BigDecimal("45000"), salary.getValueMin());
        assertEquals(new BigDecimal("45000.0"), salary.getValueMax());
        assertNotEquals(salary.getValueMin(), salary.getValueMax(), "BigDecimal equality includes the scale");
        assertEquals(0, salary.getValueMin().compareTo(salary.getValueMax()));
        assertEquals(new BigDecimal("12345678901234567890"), job.getRangesFloat().get(1).getValueMin());
        assertEquals(new BigDecimal("48.8566"), job.getLocation().getLat());
        assertEquals(new BigDecimal("0.9"), job.getSkills().get(0).getValue());
        assertEquals(new BigDecimal("1"), job.getLanguages().get(0).getValue());
        // text kept where BigDecimal itself cannot say it: exponent form and negative zero
        assertEquals("1e3", job.getSkills().get(1).getValue().toString());
        assertEquals("-0", job.getLanguages().get(1).getValue().toString());
        assertEquals(BigDecimal.ZERO, job.getLanguages().get(1).getValue());
        assertEquals(new BigDecimal("75001"), job.getLocation().getFieldsAsMap().get("postcode"));
        List<?> scores = (List<?>) ((Map<?, ?>) job.getAdditionalProperties().get("shiny_new_field")).get("scores");
        scores.forEach(score -> assertInstanceOf(BigDecimal.class, score));
    }

    @Test
    void valuesThatAreNotNumbersKeepTheirTypes() throws Exception {
        Job job = HrFlowJson.mapper().readValue(NUMBERS, Job.class);

        List<Object> values = job.getTags().stream().map(NamedValue::getValue).toList();
        assertEquals(Boolean.TRUE, values.get(0));
        assertNull(values.get(1));
        assertEquals("45000.0", values.get(2), "a number in a string stays a string");
    }

    @Test
    void theComparisonTellsNumberTextApart() {
        // what makes the round-trip tests above stricter than equality by value
        assertNotNull(JsonTrees.firstDifference("{\"v\":45000}", "{\"v\":45000.0}"));
        assertNotNull(JsonTrees.firstDifference("{\"v\":1e3}", "{\"v\":1000}"));
        assertNotNull(JsonTrees.firstDifference("{\"v\":-0}", "{\"v\":0}"));
        assertNotNull(JsonTrees.firstDifference("{\"v\":\"1\"}", "{\"v\":1}"));
        assertNotNull(JsonTrees.firstDifference("{\"v\":null}", "{}"));
        assertNull(JsonTrees.firstDifference("{\"a\":1.50,\"b\":[true]}", "{ \"b\" : [ true ], \"a\" : 1.50 }"));
    }

    @Test
    void numbersSetByCodeAreWrittenWithTheirScale() throws Exception {
        RangeFloat salary = new RangeFloat();
        salary.setValueMin(new BigDecimal("1.50"));
        salary.setValueMax(BigDecimal.valueOf(45000));
        NamedValue skill = new NamedValue();
        skill.setValue(0.9);

        assertNull(JsonTrees.firstDifference("{\"value_min\":1.50,\"value_max\":45000}",
                HrFlowJson.mapper().writeValueAsString(salary)));
        assertNull(JsonTrees.firstDifference("{\"value\":0.9}", HrFlowJson.mapper().writeValueAsString(skill)));
    }

    @Test
    void unknownFieldsAreKeptAndWrittenBack() throws Exception {
        String json = "{\"key\":\"k\",\"shiny_new_field\":{\"nested\":[1,\"two\",null]},\"skills\":[{\"name\":\"java\","
                      + "\"value\":null,\"type\":null,\"level\":3}],\"location\":{\"text\":null,\"fields\":{\"city\":"
                      + "\"Paris\"},\"geojson\":null}}";
        Job job = HrFlowJson.mapper().readValue(json, Job.class);

        assertEquals(Map.of("nested", List.of(1, "two")).keySet(),
                ((Map<?, ?>) job.getAdditionalProperties().get("shiny_new_field")).keySet());
        assertEquals(new BigDecimal("3"), job.getSkills().get(0).getAdditionalProperties().get("level"));
        assertEquals("Paris", job.getLocation().getFieldsAsMap().get("city"));
        assertNull(JsonTrees.firstDifference(json, HrFlowJson.mapper().writeValueAsString(job)));
    }

    @Test
    void looseValuesKeepTheirTypes() throws Exception {
        Job job = HrFlowJson.mapper().readValue(Samples.text("get-job-2020-legacy.json"), JobAnswer.class).data;
        List<Object> values = job.getTags().stream().map(NamedValue::getValue).toList();
        assertEquals(List.of(true, "tag"), values);
        assertEquals(new BigDecimal("1"), job.getLanguages().get(0).getValue());
        assertEquals(new BigDecimal("0.9"), job.getSkills().get(1).getValue());
        assertTrue(job.getLocation().getFieldsAsMap().isEmpty());
    }

    @Test
    void timestampsWithoutColonInTheOffsetAreParsed() throws Exception {
        Job job = HrFlowJson.mapper().readValue(Samples.text(Samples.FULL_JOB), JobAnswer.class).data;
        assertEquals(OffsetDateTime.of(2023, 6, 21, 15, 54, 45, 0, ZoneOffset.UTC), job.getCreatedAtDateTime());
        assertEquals("2023-06-21T15:54:45+0000", job.getCreatedAt());
        assertEquals(OffsetDateTime.of(2023, 6, 21, 15, 54, 45, 0, ZoneOffset.UTC), job.getUpdatedAtDateTime());
        assertFalse(job.isArchived());
        assertNull(job.getArchivedAtDateTime());
    }

    @Test
    void archivedJobTellsWhen() throws Exception {
        Job job = HrFlowJson.mapper().readValue("{\"key\":\"k\",\"archived_at\":\"2023-06-22T08:30:00+0200\"}",
                Job.class);
        assertTrue(job.isArchived());
        assertEquals(OffsetDateTime.of(2023, 6, 22, 8, 30, 0, 0, ZoneOffset.ofHours(2)), job.getArchivedAtDateTime());
    }

    @Test
    void aMapperWithDefaultTypingReadsBackWhatItWrote() throws Exception {
        // what a cache's serializer does (type ids on every non-final value): the job must come back, numbers exact
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper typed = new ObjectMapper().activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                ObjectMapper.DefaultTyping.NON_FINAL);
        Job job = plain.readValue(NUMBERS, Job.class);

        Job back = typed.readValue(typed.writeValueAsString(job), Job.class);

        assertNull(JsonTrees.firstDifference(NUMBERS, plain.writeValueAsString(back)));
    }

    @Test
    void inMemoryCopiesKeepTheNumberText() throws Exception {
        Job job = HrFlowJson.mapper().readValue(NUMBERS, Job.class);

        // what an edit sends: the producer's deep copy of the job, as a tree that board_key is added to
        Job copy = HrFlowJson.mapper().convertValue(job, Job.class);
        JsonNode body = HrFlowJson.mapper().valueToTree(copy);

        assertNull(JsonTrees.firstDifference(NUMBERS, HrFlowJson.mapper().writeValueAsString(body)));
    }

    @Test
    void numberInAStringIsReadAsANumberWhereOnlyANumberFits() throws Exception {
        RangeFloat salary = HrFlowJson.mapper().readValue("{\"value_min\":\"45000\",\"value_max\":1.50}",
                RangeFloat.class);
        assertEquals(new BigDecimal("45000"), salary.getValueMin());
        assertEquals(new BigDecimal("1.50"), salary.getValueMax());
    }

    @Test
    void falseStaysABoolean() throws Exception {
        assertEquals(Boolean.FALSE, HrFlowJson.mapper().readValue("{\"value\":false}", NamedValue.class).getValue());
    }

    @Test
    void logsShowWhichJobAndWhichValue() throws Exception {
        Job job = HrFlowJson.mapper().readValue(Samples.text(Samples.FULL_JOB), JobAnswer.class).data;
        assertEquals("Job[key=" + job.getKey() + ", reference=" + job.getReference() + ", boardKey="
                     + job.getBoardKey() + ", name=" + job.getName() + "]",
                job.toString());
        assertEquals("sql=1e3", HrFlowJson.mapper().readValue("{\"name\":\"sql\",\"value\":1e3}", NamedValue.class)
                .toString());
    }

    @Test
    void fieldsSetByCodeAreWrittenAndUnsetOnesStayAbsent() throws Exception {
        Job job = new Job();
        job.setKey("k");
        job.setReference(null);
        JsonNode written = Samples.tree(HrFlowJson.mapper().writeValueAsString(job));
        assertEquals(Samples.tree("{\"key\":\"k\",\"reference\":null}"), written);
    }

    /** HrFlow's envelope, for reading samples directly. */
    static class JobAnswer {
        public int code;
        public String message;
        public Job data;
    }
}
