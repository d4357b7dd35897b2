package io.github.camelhrflow.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * HrFlow's write calls: {@code POST} and {@code PUT /v1/job/indexing}, {@code PATCH /v1/job/indexing/archive}.
 * Bodies are flat JSON: the job's fields with {@code board_key} at the root.
 */
final class JobWriteApi {

    static final String ARCHIVE_PATH = JobApi.PATH + "/archive";

    private final JobStore store;

    JobWriteApi(JobStore store) {
        this.store = store;
    }

    void register(Router router, Authenticator authenticator) {
        router.add("POST", JobApi.PATH, authenticator.protect(this::create))
                .add("PUT", JobApi.PATH, authenticator.protect(this::edit))
                .add("PATCH", ARCHIVE_PATH, authenticator.protect(this::archive));
    }

    private ApiResponse create(ApiRequest request) {
        ObjectNode body = body(request);
        JobStore.Written written = store.create(boardKey(body), body);
        return ApiResponse.withData(201, "Job created", written.job()).withSeq(written.seq());
    }

    private ApiResponse edit(ApiRequest request) {
        ObjectNode body = body(request);
        JobStore.Written written = store.edit(boardKey(body), body);
        return ApiResponse.ok("Job edited", written.job()).withSeq(written.seq());
    }

    private ApiResponse archive(ApiRequest request) {
        ObjectNode body = body(request);
        String key = StoredJob.text(body.get("key"));
        String reference = StoredJob.text(body.get("reference"));
        if (key == null && reference == null) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: key or reference");
        }
        JobStore.Written written = store.archive(boardKey(body), key, reference, isArchive(body.get("is_archive")));
        ObjectNode data = Json.MAPPER.createObjectNode().put("key", written.job().get("key").asText());
        return ApiResponse.ok("Job archived", data).withSeq(written.seq());
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

    private static String boardKey(ObjectNode body) {
        String boardKey = StoredJob.text(body.get("board_key"));
        if (boardKey == null || boardKey.isEmpty()) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: board_key");
        }
        return boardKey;
    }

    private static ObjectNode body(ApiRequest request) {
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
