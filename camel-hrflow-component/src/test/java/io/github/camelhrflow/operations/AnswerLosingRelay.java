package io.github.camelhrflow.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Sits between the component and the sandbox and passes every call through, but throws away HrFlow's answer to the
 * next few writes (POST, PUT) after HrFlow applied them and answers 500 instead: the case of a write that succeeded
 * on HrFlow's side while the client saw a failure, after which a route redelivers it.
 */
final class AnswerLosingRelay implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newHttpClient();
    private final String target;
    private final AtomicInteger writesToLose = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();

    AnswerLosingRelay(String targetBaseUrl) {
        this.target = targetBaseUrl;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::relay);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The next {@code count} writes reach HrFlow, but their answers become a 500. */
    void loseAnswersOfNextWrites(int count) {
        lost.set(0);
        writesToLose.set(count);
    }

    /** Answers lost since the last {@link #loseAnswersOfNextWrites(int)}. */
    int lostAnswers() {
        return lost.get();
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring("/v1".length());
            String query = exchange.getRequestURI().getRawQuery();
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path
                                                                            + (query == null ? "" : "?" + query)))
                    .method(exchange.getRequestMethod(), body.length == 0
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : new String[] { "X-API-KEY", "X-USER-EMAIL", "Accept", "Content-Type" }) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = answer.statusCode();
            byte[] answerBody = answer.body();
            boolean write = "POST".equals(exchange.getRequestMethod()) || "PUT".equals(exchange.getRequestMethod());
            if (write && writesToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                lost.incrementAndGet();
                status = 500;
                answerBody = "{\"code\":500,\"message\":\"Internal server error\"}".getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answerBody.length == 0 ? -1 : answerBody.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answerBody);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
