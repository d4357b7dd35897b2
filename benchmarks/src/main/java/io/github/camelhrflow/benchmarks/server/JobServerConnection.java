package io.github.camelhrflow.benchmarks.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Serves the requests of one keep-alive connection, in its own thread, until the client closes it.
 */
final class JobServerConnection implements Runnable {

    static final String JOB_PATH = "/v1/job/indexing";
    static final String STORING_PATH = "/v1/storing/jobs";
    static final String HEALTH_PATH = "/_sandbox/health";

    private static final byte[] NOT_SUPPORTED = ("HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\n"
                                                 + "Connection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] NOT_FOUND = ("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    private final Socket socket;
    private final RecordedAnswers answers;

    JobServerConnection(Socket socket, RecordedAnswers answers) {
        this.socket = socket;
        this.answers = answers;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
            OutputStream out = socket.getOutputStream();
            HttpRequestHead request = new HttpRequestHead();
            while (request.read(in)) {
                if (request.chunked) {
                    out.write(NOT_SUPPORTED);
                    return;
                }
                in.skipNBytes(request.contentLength);
                // one write per answer: head and body leave in the same packets
                out.write(answer(request));
                if (!request.keepAlive) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away mid-request; nothing to answer
        }
    }

    private byte[] answer(HttpRequestHead request) {
        boolean get = request.method.equals("GET");
        if (get && request.path.equals(HEALTH_PATH)) {
            return answers.health();
        }
        boolean job = request.path.equals(JOB_PATH);
        boolean storing = get && request.path.equals(STORING_PATH);
        boolean index = job && request.method.equals("POST");
        if (!(job && get || storing || index)) {
            return NOT_FOUND;
        }
        if (!answers.authorized(request.apiKey, request.userEmail)) {
            return answers.unauthorized();
        }
        byte[] answer;
        if (index) {
            // every POST gets the answer the sandbox gave to the recorded one: the body is read, not checked
            answer = answers.indexed();
        } else if (storing) {
            answer = answers.storingPage(request.query);
        } else {
            String boardKey = request.query.get("board_key");
            String key = request.query.get("key");
            answer = boardKey == null || key == null ? null : answers.job(boardKey, key);
        }
        return answer != null ? answer : answers.notFound();
    }
}
