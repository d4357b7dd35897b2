package io.github.camelhrflow.client;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The client without Camel, built as its Javadoc shows (benchmarks and tools use it so), against the sandbox.
 */
class HrFlowClientStandaloneTest {

    private static final String BOARD = "5ca1ab1e00000000000000000000000000000001";

    @Test
    void aJobIsReadWithTheDefaultSettingsAndABaseUrlEndingInASlash() throws Exception {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().build().start();
             CloseableHttpClient http = HttpClients.createDefault()) {
            sandbox.addBoard(BOARD, "standalone");
            String key = sandbox.createJob(BOARD, JsonNodeFactory.instance.objectNode().put("name", "Standalone"))
                    .get("key").asText();
            // "https://api.hrflow.ai/v1/" as often pasted: the slash must not make every path "//job/indexing"
            HrFlowClientSettings settings = HrFlowClientSettings.of(sandbox.baseUrl() + "/", sandbox.apiKey(),
                    sandbox.userEmail());

            HrFlowResponse<Job> answer = new HrFlowClient(http, settings).getJob(JobLookup.byKey(BOARD, key));

            assertEquals(200, answer.statusCode());
            assertEquals("Standalone", answer.data().getName());
            assertEquals(sandbox.baseUrl(), settings.baseUrl());
            assertEquals(HrFlowClientSettings.DEFAULT_REQUEST_TIMEOUT, settings.requestTimeout());
            assertEquals("/v1/job/indexing", sandbox.requests().get(0).path());
        }
    }
}
