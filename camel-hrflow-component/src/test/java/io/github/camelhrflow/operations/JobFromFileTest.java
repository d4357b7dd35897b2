package io.github.camelhrflow.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code from("file:...")} straight into a write: the file's content is the job's JSON, with no conversion step in
 * the route.
 */
class JobFromFileTest extends SandboxTestSupport {

    @TempDir
    static Path inbox;

    @Test
    void aJsonFileIsUpsertedAsIs() throws Exception {
        String target = board;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox + "?initialDelay=0&delay=20")
                        .to("hrflow:job-indexing?operation=upsert&boardKey=" + target);
            }
        });
        Files.writeString(inbox.resolve("job.json"),
                "{\"reference\":\"file-1\",\"name\":\"From a file\",\"ranges_float\":[{\"name\":\"salary\","
                                                     + "\"value_min\":45000,\"value_max\":50000.50,\"unit\":\"EUR\"}]}");

        await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.store().jobReferences(board).contains("file-1"));
        ObjectNode stored = sandbox.store().jobs(board).stream()
                .filter(job -> "file-1".equals(job.path("reference").asText())).findFirst().orElseThrow();
        assertEquals("From a file", stored.path("name").asText());
        assertEquals("45000", stored.path("ranges_float").get(0).path("value_min").toString());
        assertEquals("50000.50", stored.path("ranges_float").get(0).path("value_max").toString());
    }
}
