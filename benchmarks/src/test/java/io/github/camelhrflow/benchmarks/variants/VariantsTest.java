package io.github.camelhrflow.benchmarks.variants;

import java.io.IOException;
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

import static net.javacrumbs.jsonunit.JsonMatchers.jsonEquals;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every variant does the same work: each job it returns is, as JSON, the job the sandbox holds. */
class VariantsTest {

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

                    // numbers by value: the recorded answer may write 45000.00 where the model writes 45000.0
                    JsonNode expected = HrFlowJson.mapper().readTree(answers.jobBody(board, key)).get("data");
                    assertEquals(key, job.getKey());
                    assertThat(variant + " changed job " + key, HrFlowJson.mapper().writeValueAsString(job),
                            jsonEquals(expected).withTolerance(0));
                }
            }
        }
    }
}
