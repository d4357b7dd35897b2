package io.github.camelhrflow;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.model.NamedValue;
import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.JsonTrees;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.StubHrFlowServer.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A job fetched through the component and written back as JSON equals what HrFlow sent, for every real sample.
 */
class JobModelRoundTripTest extends HrFlowTestSupport {

    static final List<String> SAMPLES = Samples.JOBS;

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void fetchedJobWritesBackEqualToWhatHrFlowSent(String sample) throws Exception {
        String answer = Samples.text(sample);
        server.respondWith(request -> Reply.json(200, answer));

        Job job = template.requestBody("hrflow:job-indexing?boardKey=" + BOARD + "&key=k", (Object) null, Job.class);
        String written = context.getTypeConverter().mandatoryConvertTo(String.class, job);

        JsonNode expected = Samples.tree(answer).get("data");
        assertNull(JsonTrees.firstDifference(expected, Samples.tree(written), "data"));
    }

    @Test
    void unknownFieldsAreKeptAndWrittenBack() throws Exception {
        String json = "{\"key\":\"k\",\"shiny_new_field\":{\"nested\":[1,\"two\",null]},\"skills\":[{\"name\":\"java\","
                      + "\"value\":null,\"type\":null,\"level\":3}],\"location\":{\"text\":null,\"fields\":{\"city\":"
                      + "\"Paris\"},\"geojson\":null}}";
        Job job = HrFlowJson.mapper().readValue(json, Job.class);

        assertEquals(Map.of("nested", List.of(1, "two")).keySet(),
                ((Map<?, ?>) job.getAdditionalProperties().get("shiny_new_field")).keySet());
        assertEquals(3, job.getSkills().get(0).getAdditionalProperties().get("level"));
        assertEquals("Paris", job.getLocation().getFieldsAsMap().get("city"));
        assertNull(JsonTrees.firstDifference(Samples.tree(json),
                Samples.tree(HrFlowJson.mapper().writeValueAsString(job)), ""));
    }

    @Test
    void looseValuesKeepTheirTypes() throws Exception {
        Job job = HrFlowJson.mapper().readValue(Samples.text("get-job-2020-legacy.json"), JobAnswer.class).data;
        List<Object> values = job.getTags().stream().map(NamedValue::getValue).toList();
        assertEquals(List.of(true, "tag"), values);
        assertEquals(1, job.getLanguages().get(0).getValue());
        assertEquals(0.9, job.getSkills().get(1).getValue());
        assertTrue(job.getLocation().getFieldsAsMap().isEmpty());
    }

    @Test
    void timestampsWithoutColonInTheOffsetAreParsed() throws Exception {
        Job job = HrFlowJson.mapper().readValue(Samples.text(Samples.FULL_JOB), JobAnswer.class).data;
        assertEquals(OffsetDateTime.of(2023, 6, 21, 15, 54, 45, 0, ZoneOffset.UTC), job.getCreatedAtDateTime());
        assertEquals("2023-06-21T15:54:45+0000", job.getCreatedAt());
        assertFalse(job.isArchived());
        assertNull(job.getArchivedAtDateTime());
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
