package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code storing/jobs} over boards filled through the write calls: paging, ties, filters, archived jobs. */
class StoringPagingTest extends SandboxTestSupport {

    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");

    private int boards;

    @Override
    protected HrFlowSandbox.Builder configure(HrFlowSandbox.Builder builder) {
        return builder.defaultSeed(false);
    }

    /** A new board per test; jobs named "job 0".."job n-1" created in that order, {@code perSecond} per clock second. */
    private String board(int jobs, int perSecond) {
        String key = "%040d".formatted(++boards);
        sandbox.addBoard(key, "paging " + boards);
        sandbox.clock().freeze().set(T0);
        for (int i = 0; i < jobs; i++) {
            if (i > 0 && i % perSecond == 0) {
                sandbox.clock().advance(Duration.ofSeconds(1));
            }
            sandbox.createJob(key,
                    SandboxClient.MAPPER.createObjectNode().put("name", "job " + i).put("reference", "r" + i));
        }
        return key;
    }

    private JsonNode list(String board, String... params) {
        HttpResponse<String> response = client.listJobs(board, params);
        assertEquals(200, response.statusCode(), response.body());
        return SandboxClient.json(response);
    }

    private static List<String> names(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.get("data").forEach(job -> names.add(job.get("name").asText()));
        return names;
    }

    @Test
    void pagesCoverTheBoardOnceAndAPagePastTheEndIsEmpty() {
        String board = board(23, 3);

        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode body = list(board, "limit", "10", "page", String.valueOf(page));
            assertEquals(page, body.at("/meta/page").asInt());
            assertEquals(3, body.at("/meta/maxPage").asInt());
            assertEquals(23, body.at("/meta/total").asInt());
            assertEquals(page < 3 ? 10 : 3, body.at("/meta/count").asInt());
            paged.addAll(names(body));
        }
        JsonNode past = list(board, "limit", "10", "page", "4");

        assertEquals(23, new HashSet<>(paged).size());
        assertEquals(0, past.get("data").size());
        assertEquals(0, past.at("/meta/count").asInt());
        assertEquals(23, past.at("/meta/total").asInt());
        assertEquals(3, past.at("/meta/maxPage").asInt());
        assertEquals(200, past.get("code").asInt());
        JsonNode byDefault = list(board(31, 31));
        assertEquals(30, byDefault.get("data").size(), "limit defaults to 30");
        assertEquals(2, byDefault.at("/meta/maxPage").asInt());
    }

    @Test
    void jobsSharingATimeKeepTheirCreationOrderInBothDirections() {
        String board = board(9, 3); // seconds: jobs 0-2, 3-5, 6-8

        assertEquals(List.of("job 6", "job 7", "job 8", "job 3", "job 4", "job 5", "job 0", "job 1", "job 2"),
                names(list(board)));
        assertEquals(List.of("job 0", "job 1", "job 2", "job 3", "job 4", "job 5", "job 6", "job 7", "job 8"),
                names(list(board, "order_by", "asc")));
        // the same order page by page, whatever the page size
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            paged.addAll(names(list(board, "order_by", "asc", "limit", "2", "page", String.valueOf(page))));
        }
        assertEquals(names(list(board, "order_by", "asc")), paged);
    }

    @Test
    void sortByUpdatedAtPutsTheLastEditFirst() {
        String board = board(4, 1);
        ObjectNode second = (ObjectNode) list(board, "order_by", "asc").get("data").get(1);
        sandbox.clock().advance(Duration.ofMinutes(1));
        sandbox.editJob(board, second.put("name", "job 1 edited"));

        assertEquals("job 1 edited", names(list(board, "sort_by", "updated_at")).get(0));
        assertEquals("job 3", names(list(board)).get(0), "created_at order does not move");
        assertEquals("job 1 edited", names(list(board, "sort_by", "updated_at", "order_by", "asc")).get(3));
    }

    @Test
    void createdAtBoundsAreInclusiveAsTimestampsAndAsDates() {
        String board = board(5, 1); // 12:00:00 .. 12:00:04

        assertEquals(List.of("job 2", "job 3"), names(list(board, "order_by", "asc",
                "created_at_min", "2024-06-01T12:00:02+0000", "created_at_max", "2024-06-01T12:00:03Z")));
        assertEquals(5,
                list(board, "created_at_min", "2024-06-01", "created_at_max", "2024-06-01").at("/meta/total").asInt());
        assertEquals(0, list(board, "created_at_min", "2024-06-02").at("/meta/total").asInt());
        assertEquals(0, list(board, "created_at_max", "2024-05-31").at("/meta/total").asInt());
    }

    @Test
    void undocumentedUpdatedAtFiltersAreIgnored() {
        String board = board(3, 1);

        JsonNode filtered = list(board, "updated_at_min", "2099-01-01", "updated_at_max", "2000-01-01");

        assertEquals(3, filtered.at("/meta/total").asInt());
        assertEquals(names(list(board)), names(filtered));
    }

    @Test
    void nameFiltersOnACaseInsensitivePart() {
        String board = board(12, 12);

        assertEquals(List.of("job 1", "job 10", "job 11"), names(list(board, "name", "JOB 1", "order_by", "asc")));
    }

    @Test
    void returnJobTrueGivesWholeJobsElseAShortForm() {
        String board = board(1, 1);

        JsonNode whole = list(board).get("data").get(0);
        JsonNode shortForm =
                SandboxClient.json(client.get("/storing/jobs", "board_keys", "[\"" + board + "\"]")).get("data").get(0);

        assertEquals(SandboxClient.json(client.getJob(board, "key", whole.get("key").asText())).get("data"), whole);
        List<String> fields = new ArrayList<>();
        shortForm.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "key", "reference", "board_key", "name", "archived_at", "created_at", "updated_at"),
                fields);
        assertEquals(400,
                client.get("/storing/jobs", "board_keys", "[\"" + board + "\"]", "return_job", "maybe").statusCode());
    }

    @Test
    void archivedJobsAreListedWithArchivedAt() {
        String board = board(3, 1);
        String key = sandbox.jobKeys(board).get(0);
        sandbox.archiveJob(board, key, true);

        JsonNode listed = list(board);

        assertEquals(3, listed.at("/meta/total").asInt());
        assertTrue(listed.get("data").findValues("archived_at").stream().anyMatch(JsonNode::isTextual));
    }

    @Test
    void listArchivedFalseHidesArchivedJobs() {
        try (HrFlowSandbox hiding = HrFlowSandbox.builder().defaultSeed(false).listArchived(false).build().start()) {
            hiding.addBoard("b", "b");
            String kept = hiding.createJob("b", SandboxClient.MAPPER.createObjectNode().put("name", "kept")).get("key")
                    .asText();
            String gone = hiding.createJob("b", SandboxClient.MAPPER.createObjectNode().put("name", "gone")).get("key")
                    .asText();
            hiding.archiveJob("b", gone, true);

            JsonNode listed = SandboxClient.json(new SandboxClient(hiding).listJobs("b"));

            assertEquals(1, listed.at("/meta/total").asInt());
            assertEquals(kept, listed.at("/data/0/key").asText());
            hiding.archiveJob("b", gone, false);
            assertEquals(2, SandboxClient.json(new SandboxClient(hiding).listJobs("b")).at("/meta/total").asInt());
        }
    }
}
