package io.github.camelhrflow.benchmarks.variants;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhrflow.benchmarks.server.JobServer;
import io.github.camelhrflow.benchmarks.server.RecordedAnswers;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every variant does the same work: each job it returns is, as JSON, the job the sandbox holds. */
class VariantsTest {

    /** Numbers compare by value: the sandbox may write 45000.00 where the model writes 45000.0. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
        }
        return a.equals(b) ? 0 : 1;
    };

    private static RecordedAnswers answers;
    private static JobServer server;

    @BeforeAll
    static void start() {
        answers = RecordedAnswers.recordDefaultSeed();
        server = JobServer.start(answers, 0);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void fetchesEveryJobWhole(Variant variant) throws Exception {
        HrFlowSandbox seed = HrFlowSandbox.builder().build();
        for (String board : List.of(HrFlowSandbox.DEMO_BOARD_KEY, HrFlowSandbox.BENCHMARK_BOARD_KEY)) {
            try (JobFetcher fetcher = variant.create(new Target(server.baseUrl(), board, HrFlowSandbox.DEMO_API_KEY,
                    HrFlowSandbox.DEMO_USER_EMAIL))) {
                for (String key : seed.jobKeys(board)) {
                    Job job = fetcher.fetch(key);

                    JsonNode expected = HrFlowJson.mapper().readTree(answers.jobBody(board, key)).get("data");
                    JsonNode actual = HrFlowJson.mapper().valueToTree(job);
                    assertEquals(key, job.getKey());
                    assertTrue(expected.equals(SAME_VALUE, actual), variant + " changed job " + key);
                }
            }
        }
    }
}
