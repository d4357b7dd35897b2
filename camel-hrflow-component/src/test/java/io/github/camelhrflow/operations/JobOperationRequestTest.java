package io.github.camelhrflow.operations;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.github.camelhrflow.support.JsonTrees;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each operation of {@code hrflow:job-indexing} puts on the wire (method, path, query, headers and the exact JSON
 * body HrFlow received) and what the exchange holds afterwards.
 */
class JobOperationRequestTest extends SandboxTestSupport {

    /** A job as an ATS would send it: a number written as an integer, an explicit null, a field the model lacks. */
    private static final String JOB_JSON = "{\"name\":\"Data Engineer\",\"reference\":\"ats-1\",\"summary\":null,"
                                           + "\"ranges_float\":[{\"name\":\"salary\",\"value_min\":45000,"
                                           + "\"value_max\":50000.50,\"unit\":\"eur\"}],"
                                           + "\"skills\":[{\"name\":\"spark\",\"value\":0.9,\"type\":\"hard\"}],"
                                           + "\"x_ats_priority\":{\"level\":3,\"tags\":[\"urgent\",null]}}";

    private String indexUri() {
        return "hrflow:job-indexing?operation=index&boardKey=" + board;
    }

    /** The job's JSON with board_key at the root: the flat shape HrFlow's SDKs send. */
    private String flat(String jobJson) {
        return jobJson.substring(0, jobJson.length() - 1) + ",\"board_key\":\"" + board + "\"}";
    }

    private static void assertSameJson(String expected, String actual) {
        assertNull(JsonTrees.firstDifference(expected, actual), () -> "expected " + expected + "\nbut HrFlow got "
                                                                      + actual);
    }

    @Test
    void getSendsGetWithBoardAndKeyAndSetsHeaders() {
        ObjectNode stored = seed("Analyst", "ref-get");
        String key = stored.get("key").asText();

        Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + board + "&key=" + key,
                e -> e.getMessage().setBody("ignored"));

        RecordedRequest request = onlyRequest();
        assertEquals("GET", request.method());
        assertEquals("/v1/job/indexing", request.path());
        assertEquals(board, request.param("board_key"));
        assertEquals(key, request.param("key"));
        assertNull(request.param("reference"));
        assertNull(request.body());
        assertCallHeaders(request, false);

        Job job = assertInstanceOf(Job.class, exchange.getMessage().getBody());
        assertEquals("Analyst", job.getName());
        assertEquals(key, exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertEquals("ref-get", exchange.getMessage().getHeader(HrFlowConstants.JOB_REFERENCE));
        assertEquals(200, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @Test
    void indexPostsTheFlatJobExactlyAsGiven() {
        Exchange exchange = template.request(indexUri(), e -> e.getMessage().setBody(JOB_JSON));

        assertNull(exchange.getException());
        RecordedRequest request = onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("/v1/job/indexing", request.path());
        assertNull(request.rawQuery());
        assertCallHeaders(request, true);
        assertSameJson(flat(JOB_JSON), request.body());
        assertTrue(request.body().contains("\"value_min\":45000,"), request.body());
        assertTrue(request.body().contains("\"value_max\":50000.50,"), request.body());
        assertTrue(request.body().contains("\"summary\":null"), request.body());

        Job created = assertInstanceOf(Job.class, exchange.getMessage().getBody());
        String key = created.getKey();
        assertNotNull(key);
        assertEquals(List.of(key), sandbox.jobKeys(board));
        assertEquals(key, exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertEquals("ats-1", exchange.getMessage().getHeader(HrFlowConstants.JOB_REFERENCE));
        assertEquals(201, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        // what HrFlow stored kept the field the model does not know
        ObjectNode stored = sandbox.store().jobByKey(board, key).orElseThrow();
        assertEquals(3, stored.path("x_ats_priority").path("level").asInt(), stored.toString());
    }

    @Test
    void indexFromAJobObjectSendsItsUnknownFieldsAndLeavesTheCallersJobAlone() throws Exception {
        Job job = HrFlowJson.mapper().readValue(JOB_JSON, Job.class);

        Job created = template.requestBody(indexUri(), job, Job.class);

        assertSameJson(flat(JOB_JSON), onlyRequest().body());
        assertNotNull(created.getKey());
        assertNull(job.getKey(), "the caller's job is not the answer");
        assertNull(job.getBoardKey(), "board_key was added to the request, not to the caller's job");
    }

    @Test
    void indexConvertsAMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "From a map");
        map.put("reference", "map-1");
        map.put("summary", null);
        map.put("x_custom", 45000);

        Job created = template.requestBody(indexUri(), map, Job.class);

        assertSameJson(flat("{\"name\":\"From a map\",\"reference\":\"map-1\",\"summary\":null,\"x_custom\":45000}"),
                onlyRequest().body());
        assertEquals("map-1", created.getReference());
    }

    @Test
    void indexConvertsAnInputStream() {
        Job created = template.requestBody(indexUri(),
                new ByteArrayInputStream(JOB_JSON.getBytes(StandardCharsets.UTF_8)), Job.class);

        assertSameJson(flat(JOB_JSON), onlyRequest().body());
        assertEquals("ats-1", created.getReference());
    }

    @Test
    void indexConvertsBytes() {
        Job created = template.requestBody(indexUri(), JOB_JSON.getBytes(StandardCharsets.UTF_8), Job.class);

        assertSameJson(flat(JOB_JSON), onlyRequest().body());
        assertEquals("ats-1", created.getReference());
    }

    @Test
    void indexTakesTheBoardFromTheBodyWhenNothingElseNamesOne() {
        String withBoard = flat("{\"name\":\"Board in body\"}");

        template.requestBody("hrflow:job-indexing?operation=index", withBoard);

        assertSameJson(withBoard, onlyRequest().body());
        assertEquals(1, sandbox.jobKeys(board).size());
    }

    @Test
    void editPutsTheWholeJobByTheBodysKey() {
        String key = seed("Old name", "ref-edit").get("key").asText();
        String edited = "{\"key\":\"" + key + "\",\"reference\":\"ref-edit\",\"name\":\"New name\","
                        + "\"summary\":null,\"ranges_float\":[{\"name\":\"salary\",\"value_min\":45000,"
                        + "\"value_max\":null,\"unit\":\"eur\"}],\"x_extra\":true}";

        Exchange exchange = template.request("hrflow:job-indexing?operation=edit&boardKey=" + board,
                e -> e.getMessage().setBody(edited));

        assertNull(exchange.getException());
        RecordedRequest request = onlyRequest();
        assertEquals("PUT", request.method());
        assertEquals("/v1/job/indexing", request.path());
        assertNull(request.rawQuery());
        assertCallHeaders(request, true);
        assertSameJson(flat(edited), request.body());

        // the body is HrFlow's answer, with what only HrFlow knows (its timestamps), not the text that was sent
        Job job = assertInstanceOf(Job.class, exchange.getMessage().getBody());
        assertEquals("New name", job.getName());
        assertNotNull(job.getCreatedAt());
        assertEquals(key, exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertEquals("ref-edit", exchange.getMessage().getHeader(HrFlowConstants.JOB_REFERENCE));
        assertEquals(200, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals("New name", sandbox.store().jobByKey(board, key).orElseThrow().get("name").asText());
    }

    @Test
    void editOfABodyWithoutKeyOrReferenceTakesTheJobFromTheKeyHeader() throws Exception {
        String key = seed("Old", null).get("key").asText();
        Job job = HrFlowJson.mapper().readValue("{\"name\":\"Renamed\"}", Job.class);

        Exchange exchange = template.request("hrflow:job-indexing?operation=edit&boardKey=" + board, e -> {
            e.getMessage().setBody(job);
            e.getMessage().setHeader(HrFlowConstants.JOB_KEY, key);
        });

        assertNull(exchange.getException());
        assertSameJson(flat("{\"name\":\"Renamed\",\"key\":\"" + key + "\"}"), onlyRequest().body());
        assertNull(job.getKey(), "the key went into a copy, not into the caller's job");
        assertEquals("Renamed", sandbox.store().jobByKey(board, key).orElseThrow().get("name").asText());
    }

    @Test
    void editByTheReferenceOption() {
        String key = seed("Old", "ref-option").get("key").asText();

        template.requestBody("hrflow:job-indexing?operation=edit&reference=ref-option&boardKey=" + board,
                "{\"name\":\"By reference\"}");

        assertSameJson(flat("{\"name\":\"By reference\",\"reference\":\"ref-option\"}"), onlyRequest().body());
        assertEquals("By reference", sandbox.store().jobByKey(board, key).orElseThrow().get("name").asText());
    }

    @Test
    void editFindsTheJobByTheBodysReference() {
        String key = seed("Old", "ref-body").get("key").asText();

        template.requestBody("hrflow:job-indexing?operation=edit&boardKey=" + board,
                "{\"name\":\"By body reference\",\"reference\":\"ref-body\"}");

        assertSameJson(flat("{\"name\":\"By body reference\",\"reference\":\"ref-body\"}"), onlyRequest().body());
        assertEquals("By body reference", sandbox.store().jobByKey(board, key).orElseThrow().get("name").asText());
    }

    @Test
    void archivePatchesTheNamedJobAndLeavesTheBodyAlone() {
        String key = seed("To archive", "ref-archive").get("key").asText();
        Object body = new StringBuilder("the route's own body");

        Exchange exchange = template.request("hrflow:job-indexing?operation=archive&boardKey=" + board + "&key=" + key,
                e -> e.getMessage().setBody(body));

        assertNull(exchange.getException());
        RecordedRequest request = onlyRequest();
        assertEquals("PATCH", request.method());
        assertEquals("/v1/job/indexing/archive", request.path());
        assertNull(request.rawQuery());
        assertCallHeaders(request, true);
        assertSameJson("{\"board_key\":\"" + board + "\",\"key\":\"" + key + "\",\"is_archive\":1}", request.body());

        assertSame(body, exchange.getMessage().getBody());
        assertEquals(key, exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertEquals(200, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertFalse(sandbox.store().jobByKey(board, key).orElseThrow().path("archived_at").isNull());
    }

    @Test
    void archiveByTheReferenceHeader() {
        String key = seed("To archive", "ref-h").get("key").asText();

        template.requestBodyAndHeader("hrflow:job-indexing?operation=archive&boardKey=" + board, null,
                HrFlowConstants.JOB_REFERENCE, "ref-h");

        assertSameJson("{\"board_key\":\"" + board + "\",\"reference\":\"ref-h\",\"is_archive\":1}",
                onlyRequest().body());
        assertFalse(sandbox.store().jobByKey(board, key).orElseThrow().path("archived_at").isNull());
    }

    @Test
    void archiveFallsBackToTheBodyJobsKey() throws Exception {
        String key = seed("To archive", null).get("key").asText();
        String other = seed("Stays", null).get("key").asText();
        Job job = HrFlowJson.mapper().readValue("{\"key\":\"" + key + "\",\"name\":\"To archive\"}", Job.class);

        Exchange exchange = template.request("hrflow:job-indexing?operation=archive&boardKey=" + board,
                e -> e.getMessage().setBody(job));

        assertSame(job, exchange.getMessage().getBody());
        assertSameJson("{\"board_key\":\"" + board + "\",\"key\":\"" + key + "\",\"is_archive\":1}",
                onlyRequest().body());
        assertTrue(sandbox.store().jobByKey(board, other).orElseThrow().path("archived_at").isNull());
    }

    @Test
    void upsertOfANewReferenceLooksItUpThenPosts() {
        Exchange exchange = template.request("hrflow:job-indexing?operation=upsert&boardKey=" + board,
                e -> e.getMessage().setBody(JOB_JSON));

        assertNull(exchange.getException());
        List<RecordedRequest> requests = requests();
        assertEquals(2, requests.size(), requests.toString());
        RecordedRequest lookup = requests.get(0);
        assertEquals("GET", lookup.method());
        assertEquals("/v1/job/indexing", lookup.path());
        assertEquals(board, lookup.param("board_key"));
        assertEquals("ats-1", lookup.param("reference"));
        assertEquals(400, lookup.status(), "HrFlow does not know the reference yet");
        RecordedRequest post = requests.get(1);
        assertEquals("POST", post.method());
        assertEquals("/v1/job/indexing", post.path());
        assertCallHeaders(post, true);
        assertSameJson(flat(JOB_JSON), post.body());

        String key = sandbox.jobKeys(board).get(0);
        assertEquals(key, exchange.getMessage().getBody(Job.class).getKey());
        assertEquals(key, exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertEquals("ats-1", exchange.getMessage().getHeader(HrFlowConstants.JOB_REFERENCE));
        assertEquals(201, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals("created", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
    }

    @Test
    void upsertOfAJobReadFromHrFlowWritesItBackUnderItsKey() {
        String key = seed("Read", "ref-read").get("key").asText();
        Job job = template.requestBody("hrflow:job-indexing?boardKey=" + board + "&key=" + key, null, Job.class);
        job.setName("Written back");

        Exchange exchange = template.request("hrflow:job-indexing?operation=upsert&boardKey=" + board,
                e -> e.getMessage().setBody(job));

        assertNull(exchange.getException());
        RecordedRequest put = requests().get(requests().size() - 1);
        assertEquals("PUT", put.method());
        assertEquals(key, put.json().get("key").asText());
        assertEquals(List.of(key), sandbox.jobKeys(board));
        assertEquals("Written back", sandbox.store().jobByKey(board, key).orElseThrow().get("name").asText());
        assertEquals("updated", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
    }

    @Test
    void upsertOfAKnownReferencePutsWithTheFoundKey() {
        String key = seed("Old", "ats-1").get("key").asText();

        Exchange exchange = template.request("hrflow:job-indexing?operation=upsert&boardKey=" + board,
                e -> e.getMessage().setBody(JOB_JSON));

        assertNull(exchange.getException());
        List<RecordedRequest> requests = requests();
        assertEquals(2, requests.size(), requests.toString());
        assertEquals("GET", requests.get(0).method());
        assertEquals("ats-1", requests.get(0).param("reference"));
        RecordedRequest put = requests.get(1);
        assertEquals("PUT", put.method());
        assertEquals("/v1/job/indexing", put.path());
        assertCallHeaders(put, true);
        assertSameJson(flat("{\"key\":\"" + key + "\"," + JOB_JSON.substring(1)), put.body());

        assertEquals(List.of(key), sandbox.jobKeys(board));
        assertEquals("Data Engineer", sandbox.store().jobByKey(board, key).orElseThrow().get("name").asText());
        assertEquals(key, exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertEquals("ats-1", exchange.getMessage().getHeader(HrFlowConstants.JOB_REFERENCE));
        assertEquals(200, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals("updated", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
    }

    @Test
    void boardHeaderWinsOverOptionWhichWinsOverTheBody() {
        String other = String.format("%040x", System.nanoTime());
        sandbox.addBoard(other, "other");
        String bodyWithBoard = "{\"name\":\"Where\",\"board_key\":\"" + String.format("%040d", 7) + "\"}";

        template.requestBodyAndHeader("hrflow:job-indexing?operation=index&boardKey=" + board, bodyWithBoard,
                HrFlowConstants.BOARD_KEY, other);
        assertEquals(other, onlyRequest().json().get("board_key").asText(), "the header wins");
        assertEquals(1, sandbox.jobKeys(other).size());

        sandbox.clearRequests();
        template.requestBody("hrflow:job-indexing?operation=index&boardKey=" + board, bodyWithBoard);
        assertEquals(board, onlyRequest().json().get("board_key").asText(), "then the option");
        assertEquals(1, sandbox.jobKeys(board).size());
    }
}
