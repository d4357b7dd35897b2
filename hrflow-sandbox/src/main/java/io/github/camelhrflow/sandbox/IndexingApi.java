package io.github.camelhrflow.sandbox;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /v1/job/indexing} and {@code GET /v1/profile/indexing}: one item of a container, by key or by reference. */
final class IndexingApi {

    /** {@code /v1/job/indexing}. */
    static final String PATH = Resource.JOB.indexingPath();

    private final JobStore store;
    private final Resource resource;

    IndexingApi(JobStore store, Resource resource) {
        this.store = store;
        this.resource = resource;
    }

    void register(Router router, Authenticator authenticator) {
        router.add("GET", resource.indexingPath(), authenticator.protect(this::get));
    }

    private ApiResponse get(ApiRequest request) {
        String containerKey = request.requiredParam(resource.containerParam());
        String key = request.param("key");
        String reference = request.param("reference");
        if (key != null && reference != null) {
            throw ApiException.badRequest("Invalid parameters. Give either key or reference, not both");
        }
        if (key == null && reference == null) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: key or reference");
        }
        if (!store.hasContainer(resource, containerKey)) {
            throw ApiException.notFound(resource.container());
        }
        Optional<ObjectNode> item = key != null ? store.byKey(resource, containerKey, key)
                : store.byReference(resource, containerKey, reference);
        return ApiResponse.ok(resource.title() + " details",
                item.orElseThrow(() -> ApiException.notFound(resource.word())));
    }
}
