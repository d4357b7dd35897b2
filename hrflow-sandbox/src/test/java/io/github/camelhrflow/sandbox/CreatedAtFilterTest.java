package io.github.camelhrflow.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code created_at_min} / {@code created_at_max}: bare dates and full timestamps, both bounds inclusive. */
class CreatedAtFilterTest {

    private static final String BOARD = "c4ea7edc4ea7edc4ea7edc4ea7edc4ea7edc4ea7";

    @Test
    void fullTimestampsAndDatesAreInclusiveBoundsInEveryOrder() {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).build().start()) {
            sandbox.addBoard(BOARD, "times");
            sandbox.clock().freeze();
            for (String time : new String[] { "2024-04-30T23:59:59Z", "2024-05-01T09:59:59Z", "2024-05-01T10:00:00Z",
                    "2024-05-01T10:00:00Z", "2024-05-01T12:00:00Z", "2024-05-01T23:59:59Z", "2024-05-02T00:00:00Z" }) {
                sandbox.clock().set(Instant.parse(time));
                ObjectNode job = SandboxClient.MAPPER.createObjectNode().put("name", time);
                sandbox.createJob(BOARD, job);
            }
            SandboxClient client = new SandboxClient(sandbox);
            for (String sortBy : new String[] { "created_at", "updated_at" }) {
                for (String orderBy : new String[] { "asc", "desc" }) {
                    String order = sortBy + " " + orderBy;
                    assertEquals(List.of("10:00:00", "10:00:00", "12:00:00"),
                            times(client, sortBy, orderBy, "2024-05-01T10:00:00Z", "2024-05-01T12:00:00Z"), order);
                    assertEquals(List.of("10:00:00", "10:00:00", "12:00:00"),
                            times(client, sortBy, orderBy, "2024-05-01T10:00:00+0000", "2024-05-01T12:00:00+00:00"),
                            order);
                    assertEquals(List.of("09:59:59", "10:00:00", "10:00:00", "12:00:00", "23:59:59"),
                            times(client, sortBy, orderBy, "2024-05-01", "2024-05-01"), order);
                    assertEquals(List.of("12:00:00", "23:59:59", "00:00:00"),
                            times(client, sortBy, orderBy, "2024-05-01T12:00:00+0000", null), order);
                    assertEquals(List.of("23:59:59", "09:59:59", "10:00:00", "10:00:00"),
                            times(client, sortBy, orderBy, null, "2024-05-01T10:00:00Z"), order);
                    // an unencoded "+" arrives as a space, and is read as "+"
                    assertEquals(List.of("10:00:00", "10:00:00"),
                            times(client, sortBy, orderBy, "2024-05-01T10:00:00 0000", "2024-05-01T10:00:00 0000"),
                            order);
                }
            }
        }
    }

    /** The times of day of the matching jobs, oldest first; checks total and paging agree. */
    private static List<String> times(SandboxClient client, String sortBy, String orderBy, String min, String max) {
        List<String> params = new ArrayList<>(List.of("sort_by", sortBy, "order_by", orderBy, "limit", "2"));
        if (min != null) {
            params.addAll(List.of("created_at_min", min));
        }
        if (max != null) {
            params.addAll(List.of("created_at_max", max));
        }
        List<String> times = new ArrayList<>();
        int total = -1;
        for (int page = 1; page < 10; page++) {
            List<String> paged = new ArrayList<>(params);
            paged.addAll(List.of("page", String.valueOf(page)));
            JsonNode body = SandboxClient.json(client.listJobs(BOARD, paged.toArray(String[]::new)));
            total = body.at("/meta/total").asInt();
            body.get("data").forEach(job -> times.add(job.get("created_at").asText()));
        }
        assertEquals(total, times.size());
        times.sort(null);
        return times.stream().map(t -> t.substring(11, 19)).toList();
    }
}
