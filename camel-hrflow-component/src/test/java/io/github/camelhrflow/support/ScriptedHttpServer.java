package io.github.camelhrflow.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.camelhrflow.sandbox.QueryParams;

/**
 * A real HTTP server on a free loopback port that records every request and answers with whatever the test scripted,
 * including slow, broken and non-JSON answers. It knows nothing of HrFlow's API: tests that need HrFlow's behaviour
 * (paths, envelopes, paging, auth, writes) run against the hrflow-sandbox; this server is for answers HrFlow would
 * only give by accident. Queries are decoded by the sandbox's own {@link QueryParams}.
 */
public final class ScriptedHttpServer implements AutoCloseable {

    /**
     * What reached the server. Header names are lower case; {@code clientPort} is the client's end of the connection,
     * so two requests with the same port came over one (kept-alive) connection.
     */
    public record Request(String method, String path, String rawQuery, Map<String, List<String>> params,
                          Map<String, String> headers, int clientPort) {

        public String param(String name) {
            List<String> values = params.get(name);
            return values == null ? null : values.get(0);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** What the server answers. */
    public record Reply(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis,
                        boolean stallMidBody) {

        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of(), 0, false);
        }

        public static Reply of(int status, String contentType, String body) {
            return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0, false);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Reply(status, contentType, body, all, delayMillis, stallMidBody);
        }

        public Reply delayedBy(long millis) {
            return new Reply(status, contentType, body, headers, millis, stallMidBody);
        }

        /** Sends the headers and half the body, then goes silent. */
        public Reply stallingMidBody() {
            return new Reply(status, contentType, body, headers, delayMillis, true);
        }
    }

    private final HttpServer server;
    // a group of its own, so a thread-leak check can leave the server's threads out without knowing their names
    private final ThreadGroup threads = new ThreadGroup("scripted-http-server");
    private final ExecutorService executor = Executors.newFixedThreadPool(64, task -> new Thread(threads, task));
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Queue<Reply> scripted = new ConcurrentLinkedQueue<>();
    private volatile Function<Request, Reply> responder;
    private volatile boolean recording = true;

    public ScriptedHttpServer(Function<Request, Reply> responder) {
        this(responder, null);
    }

    /** With a TLS context the server speaks HTTPS only, with that context's certificate. */
    public ScriptedHttpServer(Function<Request, Reply> responder, SSLContext tls) {
        this.responder = responder;
        // without it the JDK server sends headers and body in separate packets and Nagle adds ~40 ms to every answer
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try {
            InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            if (tls == null) {
                server = HttpServer.create(loopback, 128);
            } else {
                HttpsServer https = HttpsServer.create(loopback, 128);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Whether the thread is one of the server's workers. */
    public boolean owns(Thread thread) {
        return thread.getThreadGroup() == threads;
    }

    public String baseUrl() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /**
     * Stops keeping every request (they are still answered): long runs would otherwise grow the heap and copy the
     * request list on every call.
     */
    public ScriptedHttpServer withoutRecording() {
        recording = false;
        return this;
    }

    /** The default answer, used when no scripted one is left. */
    public void respondWith(Function<Request, Reply> responder) {
        this.responder = responder;
    }

    /** Answers given once each, in order, before the default answer applies again. */
    public void thenReply(Reply... replies) {
        Collections.addAll(scripted, replies);
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public Request lastRequest() {
        return requests.isEmpty() ? null : requests.get(requests.size() - 1);
    }

    public int requestCount() {
        return requests.size();
    }

    public void reset() {
        requests.clear();
        scripted.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = record(exchange);
            if (recording) {
                requests.add(request);
            }
            Reply scriptedReply = scripted.poll();
            Reply reply = scriptedReply != null ? scriptedReply : responder.apply(request);
            if (reply.delayMillis() > 0) {
                sleep(reply.delayMillis());
            }
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            OutputStream out = exchange.getResponseBody();
            if (reply.stallMidBody()) {
                out.write(reply.body(), 0, reply.body().length / 2);
                out.flush();
                sleep(TimeUnit.MINUTES.toMillis(1));
                return;
            }
            out.write(reply.body());
        }
    }

    private static Request record(HttpExchange exchange) {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), rawQuery,
                QueryParams.parse(rawQuery).asMap(), headers, exchange.getRemoteAddress().getPort());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
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
