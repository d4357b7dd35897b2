package io.github.camelhrflow.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Jobs sharing a time always come in one order, the order they entered the sandbox, whatever the pages. */
class ListingOrderTest {

    private static final String BOARD = "71e71e71e71e71e71e71e71e71e71e71e71e71e7";

    @Test
    void tiesKeepFirstEntryOrderInBothDirectionsAcrossRequestsAndWrites() {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).build().start()) {
            sandbox.addBoard(BOARD, "ties");
            sandbox.clock().freeze().set(Instant.parse("2024-05-01T10:00:00Z"));
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                ObjectNode job = SandboxClient.MAPPER.createObjectNode().put("name", "tie " + i)
                        .put("reference", "t" + i);
                created.add(sandbox.createJob(BOARD, job).get("key").asText());
            }
            SandboxClient client = new SandboxClient(sandbox);
            for (String sortBy : new String[] { "created_at", "updated_at" }) {
                for (String orderBy : new String[] { "asc", "desc" }) {
                    assertEquals(created, keys(client, sortBy, orderBy, 7), sortBy + " " + orderBy);
                    assertEquals(created, keys(client, sortBy, orderBy, 4), sortBy + " " + orderBy + " again");
                }
            }
            // an edit in the same second keeps the job's place among its ties
            ObjectNode edited = sandbox.store().jobByKey(BOARD, created.get(3)).orElseThrow().put("name", "edited");
            sandbox.editJob(BOARD, edited);
            assertEquals(created, keys(client, "updated_at", "desc", 6));
        }
    }

    private static List<String> keys(SandboxClient client, String sortBy, String orderBy, int limit) {
        List<String> keys = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonNode data = SandboxClient.json(client.listJobs(BOARD, "sort_by", sortBy, "order_by", orderBy,
                    "limit", String.valueOf(limit), "page", String.valueOf(page))).get("data");
            if (data.isEmpty()) {
                return keys;
            }
            data.forEach(job -> keys.add(job.get("key").asText()));
        }
    }
}
