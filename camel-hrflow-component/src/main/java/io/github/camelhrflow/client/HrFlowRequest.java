package io.github.camelhrflow.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.net.PercentCodec;

/**
 * One call to HrFlow before it is sent: method, path under the base URL, query and body (JSON, or a multipart
 * entity for a file upload).
 */
final class HrFlowRequest {

    private final String method;
    private final HrFlowResource resource;
    private final String operation;
    private final String path;
    private final List<String> query = new ArrayList<>(8);
    private final byte[] body;
    private final HttpEntity entity;

    private HrFlowRequest(String method, HrFlowResource resource, String operation, String path, byte[] body,
                          HttpEntity entity) {
        this.method = method;
        this.resource = resource;
        this.operation = operation;
        this.path = path;
        this.body = body;
        this.entity = entity;
    }

    static HrFlowRequest get(HrFlowResource resource, String operation, String path) {
        return new HrFlowRequest("GET", resource, operation, path, null, null);
    }

    static HrFlowRequest write(String method, HrFlowResource resource, String operation, String path, byte[] body) {
        return new HrFlowRequest(method, resource, operation, path, body, null);
    }

    /** A {@code POST} whose body is a ready entity, e.g. a streamed multipart upload. */
    static HrFlowRequest upload(HrFlowResource resource, String operation, String path, HttpEntity entity) {
        return new HrFlowRequest("POST", resource, operation, path, null, entity);
    }

    /** Adds a query parameter; a {@code null} value is left out. */
    HrFlowRequest param(String name, String value) {
        if (value != null) {
            query.add(name);
            query.add(value);
        }
        return this;
    }

    /** Every value is percent-encoded (RFC 3986), so a reference such as {@code R&D 1/2?x=y#z} adds no parameter. */
    URI uri(String baseUrl) {
        StringBuilder uri = new StringBuilder(baseUrl).append(path);
        for (int i = 0; i < query.size(); i += 2) {
            uri.append(i == 0 ? '?' : '&').append(query.get(i)).append('=');
            PercentCodec.RFC3986.encode(uri, query.get(i + 1));
        }
        return URI.create(uri.toString());
    }

    String method() {
        return method;
    }

    /** What the call is about: jobs or profiles, which decides what HrFlow's "not found" answers become. */
    HrFlowResource resource() {
        return resource;
    }

    /** What the call does, in words: {@code get job}, {@code archive job}, ... */
    String operation() {
        return operation;
    }

    byte[] body() {
        return body;
    }

    /** The body as an entity of its own, or {@code null} when {@link #body()} is JSON or there is none. */
    HttpEntity entity() {
        return entity;
    }

    boolean isRead() {
        return "GET".equals(method);
    }
}
