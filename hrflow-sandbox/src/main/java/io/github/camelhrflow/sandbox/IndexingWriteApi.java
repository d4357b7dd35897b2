package io.github.camelhrflow.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * HrFlow's write calls: {@code POST} and {@code PUT /v1/job/indexing}, {@code PATCH /v1/job/indexing/archive},
 * and their {@code /v1/profile/indexing} twins. Bodies are flat JSON: the item's fields with
 * {@code board_key} (or {@code source_key}) at the root.
 */
final class IndexingWriteApi {

    private final JobStore store;
    private final Resource resource;

    IndexingWriteApi(JobStore store, Resource resource) {
        this.store = store;
        this.resource = resource;
    }

    void register(Router router, Authenticator authenticator) {
        router.add("POST", resource.indexingPath(), authenticator.protect(this::create))
                .add("PUT", resource.indexingPath(), authenticator.protect(this::edit))
                .add("PATCH", resource.indexingPath() + "/archive", authenticator.protect(this::archive));
    }

    private ApiResponse create(ApiRequest request) {
        ObjectNode body = body(request);
        JobStore.Written written = store.create(resource, containerKey(body), body);
        return ApiResponse.withData(201, resource.title() + " created", written.job()).withSeq(written.seq());
    }

    private ApiResponse edit(ApiRequest request) {
        ObjectNode body = body(request);
        JobStore.Written written = store.edit(resource, containerKey(body), body);
        return ApiResponse.ok(resource.title() + " edited", written.job()).withSeq(written.seq());
    }

    private ApiResponse archive(ApiRequest request) {
        ObjectNode body = body(request);
        String key = StoredItem.text(body.get("key"));
        String reference = StoredItem.text(body.get("reference"));
        if (key == null && reference == null) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: key or reference");
        }
        JobStore.Written written = store.archive(resource, containerKey(body), key, reference,
                isArchive(body.get("is_archive")));
        ObjectNode data = Json.MAPPER.createObjectNode().put("key", written.job().get("key").asText());
        return ApiResponse.ok(resource.title() + " archived", data).withSeq(written.seq());
    }

    /** HrFlow's SDKs send 1 or 0; a missing flag archives, as their default does. */
    private static boolean isArchive(JsonNode flag) {
        if (flag == null || flag.isNull()) {
            return true;
        }
        if (flag.isBoolean()) {
            return flag.booleanValue();
        }
        if (flag.isIntegralNumber() && (flag.asInt() == 0 || flag.asInt() == 1)) {
            return flag.asInt() == 1;
        }
        throw ApiException.badRequest("Invalid parameters. is_archive must be 1 or 0, got: " + flag);
    }

    private String containerKey(ObjectNode body) {
        String containerKey = StoredItem.text(body.get(resource.containerParam()));
        if (containerKey == null || containerKey.isEmpty()) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: " + resource.containerParam());
        }
        return containerKey;
    }

    static ObjectNode body(ApiRequest request) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(request.body());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Invalid parameters. The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the body is already in memory
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("Invalid parameters. The body must be a JSON object");
        }
        return (ObjectNode) body;
    }
}
