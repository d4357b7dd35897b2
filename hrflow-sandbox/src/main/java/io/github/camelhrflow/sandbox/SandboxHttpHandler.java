package io.github.camelhrflow.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves every HTTP exchange: API requests get faults, routing and a line in the request log;
 * admin requests ({@code /_sandbox/*}) get routing only.
 */
final class SandboxHttpHandler implements HttpHandler {

    /** How long a stalled answer stays silent before the sandbox drops its connection. */
    static final long STALL_MILLIS = 60_000;

    private final Router router;
    private final FaultInjector faults;
    private final RequestLog log;
    private final JobStore store;

    SandboxHttpHandler(Router router, FaultInjector faults, RequestLog log, JobStore store) {
        this.router = router;
        this.faults = faults;
        this.log = log;
        this.store = store;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiRequest request = new ApiRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes());
            if (AdminApi.isAdminPath(request.path())) {
                write(exchange, router.dispatch(request), false);
            } else {
                serveApi(exchange, request);
            }
        }
    }

    private void serveApi(HttpExchange exchange, ApiRequest request) throws IOException {
        RecordedRequest described = RequestLog.describe(request, exchange.getRemoteAddress().getPort());
        FaultInjector.Fault fault = faults.next(described);
        ApiResponse response = fault.response();
        if (response != null) {
            // before the delay: a client that gave up waiting still finds its request in the log
            log.record(described, response.status(), store.nextSeq());
        }
        if (!sleep(fault.delayMillis())) {
            return;
        }
        if (response == null) {
            response = router.dispatch(request);
            // recorded before the answer is sent, so a client that has its answer also sees the record
            log.record(described, response.status(), response.seq() > 0 ? response.seq() : store.nextSeq());
        }
        write(exchange, response, fault.stallMidBody());
    }

    /** False when the sandbox stopped during the wait. */
    private static boolean sleep(long millis) {
        if (millis <= 0) {
            return true;
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void write(HttpExchange exchange, ApiResponse response, boolean stallMidBody) throws IOException {
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        // a HEAD answer must not carry the body; -1 tells the JDK server there is none
        byte[] body = exchange.getRequestMethod().equalsIgnoreCase("HEAD") ? new byte[0] : response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length == 0) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (stallMidBody) {
            out.write(body, 0, body.length / 2);
            out.flush();
            // silent for far longer than any client's read timeout, which ends the call; bounded so that the worker
            // serves again (the JDK server has a fixed pool), and cut short when the sandbox stops
            sleep(STALL_MILLIS);
            return;
        }
        try (out) {
            out.write(body);
        }
    }
}
