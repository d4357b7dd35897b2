package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real HrFlow answers in src/test/resources/samples come back from the sandbox unchanged. */
class SampleRoundTripTest extends SandboxTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "get-job-2020-legacy.json,         " + HrFlowSandbox.LEGACY_BOARD_KEY,
            "get-job-2022-null-reference.json, " + HrFlowSandbox.SAMPLE_2022_BOARD_KEY,
            "get-job-2023-full.json,           " + HrFlowSandbox.SAMPLE_2023_BOARD_KEY,
            "get-job-seed-example.json,        " + HrFlowSandbox.DOCS_EXAMPLE_BOARD_KEY,
    })
    void sampleJobByKeyEqualsTheSample(String sample, String boardKey) {
        JsonNode expected = SandboxClient.resource("samples/" + sample);

        HttpResponse<String> response = client.getJob(boardKey, "key", expected.at("/data/key").asText());

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expected, SandboxClient.json(response));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "get-job-2020-legacy.json,   " + HrFlowSandbox.LEGACY_BOARD_KEY,
            "get-job-2023-full.json,     " + HrFlowSandbox.SAMPLE_2023_BOARD_KEY,
            "get-job-seed-example.json,  " + HrFlowSandbox.DOCS_EXAMPLE_BOARD_KEY,
    })
    void sampleJobByReferenceEqualsTheSample(String sample, String boardKey) {
        JsonNode expected = SandboxClient.resource("samples/" + sample);
        String reference = expected.at("/data/reference").asText();
        assertTrue(!reference.isEmpty(), "the sample has a reference");

        HttpResponse<String> response = client.getJob(boardKey, "reference", reference);

        assertEquals(200, response.statusCode());
        assertEquals(expected, SandboxClient.json(response));
    }
}
