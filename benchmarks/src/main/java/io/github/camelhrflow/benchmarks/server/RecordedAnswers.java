package io.github.camelhrflow.benchmarks.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.github.camelhrflow.sandbox.Board;
import io.github.camelhrflow.sandbox.HrFlowSandbox;

/**
 * The sandbox's own answers to every job of its seed, recorded once and kept as ready-to-send HTTP responses.
 * <p>
 * Recording through HTTP (rather than serializing the store again) makes the replayed bodies byte for byte what the
 * sandbox, and so HrFlow's samples, send.
 */
public final class RecordedAnswers {

    private static final String NO_SUCH_JOB = "no_such_job_benchmark";

    private final Map<String, byte[]> jobs;
    private final byte[] unauthorized;
    private final byte[] notFound;
    private final byte[] health;
    private final String apiKey;
    private final String userEmail;

    private RecordedAnswers(Map<String, byte[]> jobs, byte[] unauthorized, byte[] notFound, byte[] health,
                            String apiKey, String userEmail) {
        this.jobs = jobs;
        this.unauthorized = unauthorized;
        this.notFound = notFound;
        this.health = health;
        this.apiKey = apiKey;
        this.userEmail = userEmail;
    }

    /** Starts a default sandbox on a free port, records its answers and stops it. */
    public static RecordedAnswers recordDefaultSeed() {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().build().start()) {
            return record(sandbox);
        }
    }

    /** Records the answer to every job of every board of a running sandbox, plus a 401, a 400 and the health page. */
    public static RecordedAnswers record(HrFlowSandbox sandbox) {
        Recorder recorder = new Recorder(sandbox);
        Map<String, byte[]> jobs = new HashMap<>();
        String anyBoard = null;
        for (Board board : sandbox.store().boards()) {
            anyBoard = board.key();
            for (String key : sandbox.jobKeys(board.key())) {
                jobs.put(id(board.key(), key), recorder.get(jobPath(board.key(), key), true));
            }
        }
        return new RecordedAnswers(jobs,
                recorder.get(jobPath(anyBoard, NO_SUCH_JOB), false),
                recorder.get(jobPath(anyBoard, NO_SUCH_JOB), true),
                recorder.get(HrFlowSandbox.ADMIN_PATH + "/health", false),
                sandbox.apiKey(), sandbox.userEmail());
    }

    /** The whole HTTP response for a job, or {@code null} when the board has no such job. */
    byte[] job(String boardKey, String key) {
        return jobs.get(id(boardKey, key));
    }

    boolean authorized(String apiKeyHeader, String userEmailHeader) {
        return apiKey.equals(apiKeyHeader) && userEmailHeader != null && userEmail.equalsIgnoreCase(userEmailHeader.trim());
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
                           + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] response = new byte[head.length + body.length];
            System.arraycopy(head, 0, response, 0, head.length);
            System.arraycopy(body, 0, response, head.length, body.length);
            return response;
        }

        private static String reason(int status) {
            return switch (status) {
                case 200 -> "OK";
                case 400 -> "Bad Request";
                case 401 -> "Unauthorized";
                default -> "Status";
            };
        }
    }
}
