package io.github.camelhrflow.examples.jobtofile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobProgress;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static net.javacrumbs.jsonunit.JsonMatchers.jsonEquals;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example end to end: a Camel Main application against the embedded sandbox, writing real files.
 */
class JobToFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path output;

    private HrFlowTarget target;
    private HrFlowSandbox sandbox;

    @BeforeEach
    void startSandbox() {
        target = HrFlowTarget.sandbox();
        sandbox = target.sandboxServer();
    }

    @AfterEach
    void stopSandbox() {
        target.close();
    }

    @Test
    void writesOneFileEqualToHrFlowsJobPerJob() throws Exception {
        List<JobRequest> jobs = new ArrayList<>();
        target.demoJobKeys().forEach(key -> jobs.add(new JobRequest(key, null)));

        JobProgress progress = JobToFile.run(jobs, output, target.properties());

        assertEquals(jobs.size(), progress.succeeded());
        assertEquals(0, progress.failed());
        for (String key : target.demoJobKeys()) {
            JsonNode written = JSON.readTree(output.resolve(key + ".json").toFile());
            JsonNode served = sandbox.store().jobByKey(target.boardKey(), key).orElseThrow();
            assertThat("file of job " + key, written, jsonEquals(served).withTolerance(0));
        }
    }

    @Test
    void fetchesByReferenceAndCountsFailuresWithoutStopping() throws Exception {
        String reference = sandbox.jobReferences(target.boardKey()).get(0);
        String key = sandbox.store().jobByReference(target.boardKey(), reference).orElseThrow().get("key").asText();
        List<JobRequest> jobs = List.of(JobRequest.parse("ref:" + reference),
                JobRequest.parse("0000000000000000000000000000000000000000"),
                JobRequest.parse(target.demoJobKeys().get(1)));

        JobProgress progress = JobToFile.run(jobs, output, target.properties());

        assertEquals(2, progress.succeeded());
        assertEquals(1, progress.failed());
        assertTrue(Files.exists(output.resolve(key + ".json")));
        assertTrue(Files.exists(output.resolve(target.demoJobKeys().get(1) + ".json")));
        try (var files = Files.list(output)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void sandboxWasCalledWithTheDemoCredentials() throws Exception {
        JobToFile.run(List.of(new JobRequest(target.demoJobKeys().get(0), null)), output, target.properties());
        assertEquals(1, sandbox.requestCount());
        assertEquals(200, sandbox.requests().get(0).status());
    }
}
