package io.github.camelhrflow;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The HrFlow APIs the component can call; the {@code api} path of {@code hrflow:api}.
 */
public enum HrFlowApi {

    /** {@code GET /v1/job/indexing}: one job of a board, by key or reference. */
    JOB_INDEXING("job-indexing");

    private final String path;

    HrFlowApi(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** @throws IllegalArgumentException naming the supported APIs when {@code path} is none of them */
    public static HrFlowApi fromPath(String path) {
        for (HrFlowApi api : values()) {
            if (api.path.equals(path)) {
                return api;
            }
        }
        throw new IllegalArgumentException("Unknown HrFlow API '" + path + "' in hrflow:" + path + ". Supported: "
                                           + Arrays.stream(values()).map(a -> "hrflow:" + a.path)
                                                   .collect(Collectors.joining(", ")));
    }
}
