package io.github.camelhrflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A plain-HTTP forward proxy on a free loopback port: it takes absolute-URI requests ({@code GET http://host/...}),
 * records them and forwards them to loopback targets only. With credentials set it challenges with 407 until the
 * request carries the matching Basic {@code Proxy-Authorization}.
 */
public final class ForwardProxy implements AutoCloseable {

    /** What reached the proxy: the request line's target and the proxy credentials sent, if any. */
    public record ProxiedRequest(String method, String target, String proxyAuthorization) {
    }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "keep-alive", "proxy-authorization",
            "proxy-connection", "content-length", "transfer-encoding", "upgrade", "te", "trailer");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<ProxiedRequest> requests = new CopyOnWriteArrayList<>();
    private final String expectedAuthorization;

    /** A proxy that asks for no credentials. */
    public ForwardProxy() {
        this(null, null);
    }

    public ForwardProxy(String username, String password) {
        this.expectedAuthorization = username == null ? null
                : "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<ProxiedRequest> requests() {
        return new ArrayList<>(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI target = exchange.getRequestURI();
            String authorization = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
            requests.add(new ProxiedRequest(exchange.getRequestMethod(), target.toString(), authorization));
            if (expectedAuthorization != null && !expectedAuthorization.equals(authorization)) {
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"loopback-proxy\"");
                exchange.sendResponseHeaders(407, -1);
                return;
            }
            // an origin-form request is not a proxy request, and this proxy reaches nothing but loopback
            if (!target.isAbsolute() || !"127.0.0.1".equals(target.getHost())) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            forward(exchange, target);
        }
    }

    private static void forward(HttpExchange exchange, URI target) throws IOException {
        HttpURLConnection upstream = (HttpURLConnection) target.toURL().openConnection(Proxy.NO_PROXY);
        upstream.setRequestMethod(exchange.getRequestMethod());
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> upstream.addRequestProperty(name, value));
            }
        });
        int status = upstream.getResponseCode();
        byte[] body;
        try (InputStream in = status >= 400 ? upstream.getErrorStream() : upstream.getInputStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        }
        upstream.getHeaderFields().forEach((name, values) -> {
            if (name != null && !NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        exchange.getResponseHeaders().add("Via", "1.1 loopback-proxy");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
