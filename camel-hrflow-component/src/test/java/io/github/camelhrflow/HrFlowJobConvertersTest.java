package io.github.camelhrflow;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.support.JsonTrees;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.TypeConverter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The generated converter loader lets a Job go to files, queues and SQL as is, and come back, number text included.
 */
class HrFlowJobConvertersTest extends SandboxTestSupport {

    private Job job;
    private String json;
    private TypeConverter converter;

    /** The board of the sandbox's seed that holds HrFlow's real 2023 job, served as HrFlow sent it. */
    private static final String BOARD = HrFlowSandbox.SAMPLE_2023_BOARD_KEY;

    private String jobKey;

    @BeforeEach
    void fetchJob() {
        jobKey = sandbox.jobKeys(BOARD).get(0);
        job = template.requestBody("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + jobKey, (Object) null,
                Job.class);
        json = Samples.tree(Samples.text(Samples.FULL_JOB)).get("data").toString();
        converter = context.getTypeConverter();
    }

    @Test
    void jobToJsonString() throws Exception {
        assertNull(JsonTrees.firstDifference(json, converter.mandatoryConvertTo(String.class, job)));
    }

    @Test
    void jobToBytesAndInputStream() throws Exception {
        byte[] bytes = converter.mandatoryConvertTo(byte[].class, job);
        assertNull(JsonTrees.firstDifference(json, new String(bytes, StandardCharsets.UTF_8)));
        try (InputStream in = converter.mandatoryConvertTo(InputStream.class, job)) {
            assertNull(JsonTrees.firstDifference(json, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void jobToMapUsesHrFlowFieldNames() throws Exception {
        Map<?, ?> map = converter.mandatoryConvertTo(Map.class, job);
        assertEquals(jobKey, map.get("key"));
        assertEquals(BOARD, map.get("board_key"));
        assertEquals("Data Engineer", map.get("name"));
        assertEquals("python", ((Map<?, ?>) ((List<?>) map.get("skills")).get(0)).get("name"));
        // numbers stay the model's BigDecimals, HrFlow's text included, so the map writes back as HrFlow sent it
        Map<?, ?> salary = (Map<?, ?>) ((List<?>) map.get("ranges_float")).get(0);
        assertEquals(new BigDecimal("45000"), salary.get("value_min"));
        assertEquals("45000", salary.get("value_min").toString());
        assertNull(JsonTrees.firstDifference(json, HrFlowJson.mapper().writeValueAsString(map)));
    }

    @Test
    void jsonBackToJob() throws Exception {
        Job fromString = converter.mandatoryConvertTo(Job.class, json);
        Job fromBytes = converter.mandatoryConvertTo(Job.class, json.getBytes(StandardCharsets.UTF_8));
        assertEquals(jobKey, fromString.getKey());
        assertEquals(job.getName(), fromBytes.getName());
        assertNull(JsonTrees.firstDifference(json, converter.mandatoryConvertTo(String.class, fromBytes)));
    }

    @Test
    void fileEndpointTakesAJobAsIs() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("hrflow-converters");
        template.sendBodyAndHeader("file:" + dir, job, "CamelFileName", "job.json");
        String written = java.nio.file.Files.readString(dir.resolve("job.json"));
        assertNull(JsonTrees.firstDifference(json, written));
    }
}
