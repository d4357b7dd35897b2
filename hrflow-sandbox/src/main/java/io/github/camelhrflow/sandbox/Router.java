package io.github.camelhrflow.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The route table: (method, path) to handler, with HrFlow-style 404 and 405 answers for the rest. */
final class Router {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    /** path, then method (upper case), to handler. */
    private final Map<String, Map<String, RouteHandler>> routes = new LinkedHashMap<>();

    /** Registers a handler; not thread-safe, call before the server starts. */
    Router add(String method, String path, RouteHandler handler) {
        RouteHandler previous = routes.computeIfAbsent(path, p -> new TreeMap<>()).putIfAbsent(method, handler);
        if (previous != null) {
            throw new IllegalStateException("Route registered twice: " + method + " " + path);
        }
        return this;
    }

    /** Answers a request; {@link ApiException}s become error envelopes. */
    ApiResponse dispatch(ApiRequest request) {
        Map<String, RouteHandler> byMethod = routes.get(normalize(request.path()));
        if (byMethod == null) {
            return ApiResponse.error(404, "Not found: " + request.method() + " " + request.path());
        }
        RouteHandler handler = byMethod.get(request.method());
        if (handler == null) {
            return ApiResponse.error(405, "Method not allowed: " + request.method() + " " + request.path())
                    .withHeader("Allow", String.join(", ", byMethod.keySet()));
        }
        try {
            return handler.handle(request);
        } catch (ApiException e) {
            return ApiResponse.error(e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Sandbox failure on " + request.method() + " " + request.path(), e);
            return ApiResponse.error(500, "Sandbox failure: " + e);
        }
    }

    /** Clients differ on trailing slashes; HrFlow accepts both. */
    private static String normalize(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
