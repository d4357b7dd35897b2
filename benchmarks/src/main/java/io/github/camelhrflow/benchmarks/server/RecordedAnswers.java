package io.github.camelhrflow.benchmarks.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.HrFlowTimestamps;
import io.github.camelhrflow.sandbox.Board;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.QueryParams;

/**
 * The sandbox's own answers to every job of its seed, recorded once and kept as ready-to-send HTTP responses.
 * <p>
 * Recording through HTTP (rather than serializing the store again) makes the replayed bodies byte for byte what the
 * sandbox, and so HrFlow's samples, send.
 */
public final class RecordedAnswers {

    /** The board {@code hrflow:job-storing} streams: generated jobs, added to the default seed at start. */
    public static final String STORING_BOARD_KEY = "5706b0a2c7bf4cbf8a1f0e6c3d2b1a0987654321";
    /** Jobs in that board. */
    public static final int STORING_BOARD_JOBS = 10_000;
    /** Jobs per page: camel-hrflow's default {@code pageSize}, the only {@code limit} recorded. */
    public static final int STORING_PAGE_SIZE = 30;
    private static final long STORING_SEED = 9;
    private static final String NO_SUCH_JOB = "no_such_job_benchmark";

    private final Map<String, byte[]> jobs;
    private final Map<String, byte[]> storingPages;
    private final byte[] indexed;
    private final byte[] unauthorized;
    private final byte[] notFound;
    private final byte[] health;
    private final String apiKey;
    private final String userEmail;

    private RecordedAnswers(Map<String, byte[]> jobs, Map<String, byte[]> storingPages, byte[] indexed,
                            byte[] unauthorized, byte[] notFound, byte[] health, String apiKey, String userEmail) {
        this.jobs = jobs;
        this.storingPages = storingPages;
        this.indexed = indexed;
        this.unauthorized = unauthorized;
        this.notFound = notFound;
        this.health = health;
        this.apiKey = apiKey;
        this.userEmail = userEmail;
    }

    /**
     * Starts a default sandbox on a free port, adds the storing board ({@value #STORING_BOARD_JOBS} generated jobs),
     * records its answers and stops it.
     */
    public static RecordedAnswers recordDefaultSeed() {
        // storing/jobs lists archived jobs by default, so the export gives every job the generator made
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().build().start()) {
            sandbox.addBoard(STORING_BOARD_KEY, "benchmark storing board");
            sandbox.seedJobs(STORING_BOARD_KEY, STORING_BOARD_JOBS, STORING_SEED);
            return record(sandbox);
        }
    }

    /**
     * Records, from a running sandbox: the answer to every job of every board (but the storing board), every page of
     * {@code GET /storing/jobs} (whole jobs, {@value #STORING_PAGE_SIZE} a page) of every board, one page past the
     * last included, in the three orders camel-hrflow asks for (see {@link #orders}), the answer to indexing the demo board's first job again (see {@link #indexJob}),
     * a 401, a 400 and the health page.
     */
    public static RecordedAnswers record(HrFlowSandbox sandbox) {
        Recorder recorder = new Recorder(sandbox);
        // the write first, so that the jobs and pages recorded next are what the sandbox holds afterwards
        String demoKey = sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);
        ObjectNode toIndex;
        try {
            toIndex = indexJob(HrFlowJson.mapper().readTree(body(recorder.get(jobPath(HrFlowSandbox.DEMO_BOARD_KEY,
                    demoKey), true))).get("data"));
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox's demo job is not JSON", e);
        }
        toIndex.put("board_key", HrFlowSandbox.DEMO_BOARD_KEY);
        byte[] indexed = recorder.post(JobServerConnection.JOB_PATH, toIndex);
        Map<String, byte[]> jobs = new HashMap<>();
        Map<String, byte[]> pages = new HashMap<>();
        String anyBoard = null;
        for (Board board : sandbox.store().boards()) {
            anyBoard = board.key();
            // the storing board is only read by pages; its 10,000 single answers would take seconds to record
            List<String> singles = board.key().equals(STORING_BOARD_KEY) ? List.of() : sandbox.jobKeys(board.key());
            for (String key : singles) {
                jobs.put(id(board.key(), key), recorder.get(jobPath(board.key(), key), true));
            }
            int pageCount = (sandbox.jobKeys(board.key()).size() + STORING_PAGE_SIZE - 1) / STORING_PAGE_SIZE;
            for (String order : orders(recorder, board.key())) {
                for (int page = 1; page <= pageCount + 1; page++) {
                    pages.put(pageId(boardKeys(board.key()), page, STORING_PAGE_SIZE, recordedOrderId(order)),
                            recorder.get(storingPath(board.key(), page, order), true));
                }
            }
        }
        return new RecordedAnswers(jobs, pages, indexed,
                recorder.get(jobPath(anyBoard, NO_SUCH_JOB), false),
                recorder.get(jobPath(anyBoard, NO_SUCH_JOB), true),
                recorder.get(HrFlowSandbox.ADMIN_PATH + "/health", false),
                sandbox.apiKey(), sandbox.userEmail());
    }

    /**
     * The job the index rows send: a stored job without its key and id, under a reference of its own. The client
     * side builds it the same way from the job it reads back, so both send the same JSON.
     */
    public static ObjectNode indexJob(JsonNode storedJob) {
        ObjectNode job = storedJob.deepCopy();
        job.remove("key");
        job.remove("id");
        job.put("reference", "benchmark-index-" + storedJob.path("reference").asText("job"));
        return job;
    }

    /**
     * The orders a board's pages are recorded in, as the extra query parameters that ask for them: the default (the
     * producer's export), newest change first (the consumer's scans: {@code sort_by=updated_at&order_by=desc}), and
     * creation order up to the second before the board's newest {@code updated_at} (a first sync's sweep:
     * {@code sort_by=created_at&order_by=asc&created_at_max=T}, T in HrFlow's form, as the consumer sends it). An
     * empty board has no newest job, so no sweep order.
     */
    private static List<String> orders(Recorder recorder, String boardKey) {
        String newestFirst = "&sort_by=updated_at&order_by=desc";
        JsonNode first;
        try {
            first = HrFlowJson.mapper().readTree(body(recorder.get(storingPath(boardKey, 1, newestFirst), true)))
                    .path("data").path(0);
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox's page of board " + boardKey + " is not JSON", e);
        }
        if (first.isMissingNode()) {
            return List.of("", newestFirst);
        }
        return List.of("", newestFirst, "&sort_by=created_at&order_by=asc&created_at_max="
                                        + URLEncoder.encode(sweepCeiling(first.path("updated_at").asText()),
                                                StandardCharsets.UTF_8));
    }

    /** The {@code created_at_max} a consumer's sweep sends for a board whose newest version is {@code newest}. */
    public static String sweepCeiling(String newest) {
        return HrFlowTimestamps.format(HrFlowTimestamps.parse(newest).toInstant().minusSeconds(1));
    }

    /** {@code ["key"]}, as HrFlow takes {@code board_keys}. */
    public static String boardKeys(String boardKey) {
        return "[\"" + boardKey + "\"]";
    }

    /** The whole HTTP response for a job, or {@code null} when the board has no such job. */
    byte[] job(String boardKey, String key) {
        return jobs.get(id(boardKey, key));
    }

    /** The recorded answer to {@code POST /job/indexing}. */
    byte[] indexed() {
        return indexed;
    }

    /**
     * A recorded {@code storing/jobs} page for these query parameters, or {@code null}: only the recorded orders (the
     * sort, the order and the {@code created_at_max} must be the recorded ones) and no other filter.
     */
    byte[] storingPage(Map<String, String> query) {
        String boardKeys = query.get("board_keys");
        if (boardKeys == null || !"true".equals(query.get("return_job")) || query.containsKey("created_at_min")
            || query.containsKey("name")) {
            return null;
        }
        // an unencoded "+0000" in a query string arrives as " 0000", as the sandbox reads it
        String max = query.get("created_at_max");
        String order = orderId(query.get("sort_by"), query.get("order_by"), max == null ? null : max.replace(' ', '+'));
        try {
            return storingPages
                    .get(pageId(boardKeys.replace(" ", ""), Integer.parseInt(query.getOrDefault("page", "1")),
                            Integer.parseInt(query.getOrDefault("limit", "30")), order));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean authorized(String apiKeyHeader, String userEmailHeader) {
        return apiKey.equals(apiKeyHeader) && userEmailHeader != null
               && userEmail.equalsIgnoreCase(userEmailHeader.trim());
    }

    byte[] unauthorized() {
        return unauthorized;
    }

    byte[] notFound() {
        return notFound;
    }

    byte[] health() {
        return health;
    }

    /** The body of a job's answer, as the sandbox sent it; for decode benchmarks. */
    public byte[] jobBody(String boardKey, String key) {
        byte[] response = job(boardKey, key);
        if (response == null) {
            throw new IllegalArgumentException("No job " + key + " in board " + boardKey);
        }
        return body(response);
    }

    private static byte[] body(byte[] response) {
        int bodyStart = indexOfBodyStart(response);
        byte[] body = new byte[response.length - bodyStart];
        System.arraycopy(response, bodyStart, body, 0, body.length);
        return body;
    }

    private static int indexOfBodyStart(byte[] response) {
        for (int i = 3; i < response.length; i++) {
            if (response[i - 3] == '\r' && response[i - 2] == '\n' && response[i - 1] == '\r' && response[i] == '\n') {
                return i + 1;
            }
        }
        throw new IllegalStateException("Not an HTTP response");
    }

    private static String jobPath(String boardKey, String key) {
        return "/v1/job/indexing?board_key=" + boardKey + "&key=" + key;
    }

    private static String storingPath(String boardKey, int page, String order) {
        return JobServerConnection.STORING_PATH + "?board_keys="
               + URLEncoder.encode(boardKeys(boardKey), StandardCharsets.UTF_8) + "&return_job=true&page=" + page
               + "&limit=" + STORING_PAGE_SIZE + order;
    }

    private static String pageId(String boardKeys, int page, int limit, String orderId) {
        return boardKeys + '\n' + page + '\n' + limit + '\n' + orderId;
    }

    /** The order of one of {@link #orders}, decoded by the parser that decodes the requests. */
    private static String recordedOrderId(String order) {
        QueryParams params = QueryParams.parse(order);
        return orderId(params.get("sort_by"), params.get("order_by"), params.get("created_at_max"));
    }

    private static String orderId(String sortBy, String orderBy, String createdAtMax) {
        return sortBy == null && orderBy == null && createdAtMax == null ? ""
                : sortBy + ' ' + orderBy + ' ' + createdAtMax;
    }

    private static String id(String boardKey, String key) {
        return boardKey + '\n' + key;
    }

    /** GETs from the sandbox and frames the answer as a complete HTTP/1.1 response. */
    private static final class Recorder {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final HrFlowSandbox sandbox;

        Recorder(HrFlowSandbox sandbox) {
            this.sandbox = sandbox;
        }

        byte[] get(String pathAndQuery, boolean withCredentials) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.rootUrl() + pathAndQuery));
            if (withCredentials) {
                request.header("X-API-KEY", sandbox.apiKey()).header("X-USER-EMAIL", sandbox.userEmail());
            }
            return send(request, pathAndQuery);
        }

        byte[] post(String path, JsonNode body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.rootUrl() + path))
                    .header("X-API-KEY", sandbox.apiKey()).header("X-USER-EMAIL", sandbox.userEmail())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            byte[] answer = send(request, "POST " + path);
            if (!new String(answer, 0, 12, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 2")) {
                throw new IllegalStateException("The sandbox refused the job to index: "
                                                + new String(answer, StandardCharsets.UTF_8));
            }
            return answer;
        }

        private byte[] send(HttpRequest.Builder request, String pathAndQuery) {
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                String contentType = response.headers().firstValue("Content-Type").orElse("application/json");
                return frame(response.statusCode(), contentType, response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot record " + pathAndQuery + " from the sandbox", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while recording from the sandbox", e);
            }
        }

        private static byte[] frame(int status, String contentType, byte[] body) {
            byte[] head = ("HTTP/1.1 " + status + " " + reason(status) + "\r\n"
                           + "Content-Type: " + contentType + "\r\n"
                           + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            byte[] response = new byte[head.length + body.length];
            System.arraycopy(head, 0, response, 0, head.length);
            System.arraycopy(body, 0, response, head.length, body.length);
            return response;
        }

        private static String reason(int status) {
            return switch (status) {
                case 200 -> "OK";
                case 201 -> "Created";
                case 400 -> "Bad Request";
                case 401 -> "Unauthorized";
                default -> "Status";
            };
        }
    }
}
