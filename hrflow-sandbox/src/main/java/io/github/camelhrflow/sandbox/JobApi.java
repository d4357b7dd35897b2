package io.github.camelhrflow.sandbox;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /v1/job/indexing}: one job of a board, by key or by reference. */
final class JobApi {

    static final String PATH = "/v1/job/indexing";

    private final JobStore store;

    JobApi(JobStore store) {
        this.store = store;
    }

    void register(Router router, Authenticator authenticator) {
        router.add("GET", PATH, authenticator.protect(this::get));
    }

    private ApiResponse get(ApiRequest request) {
        String boardKey = request.requiredParam("board_key");
        String key = request.param("key");
        String reference = request.param("reference");
        if (key != null && reference != null) {
            throw ApiException.badRequest("Invalid parameters. Give either key or reference, not both");
        }
        if (key == null && reference == null) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: key or reference");
        }
        if (!store.hasBoard(boardKey)) {
            throw ApiException.notFound("board");
        }
        Optional<ObjectNode> job =
                key != null ? store.jobByKey(boardKey, key) : store.jobByReference(boardKey, reference);
        return ApiResponse.ok("Job details", job.orElseThrow(() -> ApiException.notFound("job")));
    }
}
