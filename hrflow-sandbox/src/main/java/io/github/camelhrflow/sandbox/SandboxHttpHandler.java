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
            ApiResponse response = AdminApi.isAdminPath(request.path()) ? router.dispatch(request) : serveApi(request);
            if (response != null) {
                write(exchange, response);
            }
        }
    }

    /** Null when the sandbox stopped during an injected delay. */
    private ApiResponse serveApi(ApiRequest request) {
        FaultInjector.Fault fault = faults.next();
        if (fault.delayMillis() > 0) {
            try {
                Thread.sleep(fault.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        ApiResponse response = fault.response() != null ? fault.response() : router.dispatch(request);
        // recorded before the answer is sent, so a client that has its answer also sees the record
        log.record(request, response.status(), response.seq() > 0 ? response.seq() : store.nextSeq());
        return response;
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        // a HEAD answer must not carry the body; -1 tells the JDK server there is none
        byte[] body = exchange.getRequestMethod().equalsIgnoreCase("HEAD") ? new byte[0] : response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
