package io.github.camelhrflow;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelhrflow.client.HrFlowResource;

/**
 * The HrFlow APIs the component can call; the {@code api} path of {@code hrflow:api}.
 */
public enum HrFlowApi {

    /** {@code /v1/job/indexing}: one job of a board: get, index, edit, archive, upsert. */
    JOB_INDEXING("job-indexing", HrFlowResource.JOB,
            Set.of("key", "reference", "operation", "throwExceptionOnNotFound")),

    /** {@code GET /v1/storing/jobs}: the jobs of a board, as a stream (producer) or kept in sync (consumer). */
    JOB_STORING("job-storing", HrFlowResource.JOB,
            Set.of("pageSize", "sortBy", "orderBy", "createdAtMin", "createdAtMax", "name",
                    "startFrom", "stateRepository", "stateKey")),

    /** {@code POST /v1/profile/parsing/file}: a CV file in, a profile out. */
    PROFILE_PARSING("profile-parsing", HrFlowResource.PROFILE,
            Set.of("reference", "skipExisting", "awaitProfile", "awaitInterval", "awaitTimeout", "syncParsing",
                    "maxConcurrentParsing", "tags", "metadatas", "labels"));

    private final String path;
    private final HrFlowResource resource;
    private final Set<String> ownOptions;

    HrFlowApi(String path, HrFlowResource resource, Set<String> ownOptions) {
        this.path = path;
        this.resource = resource;
        this.ownOptions = ownOptions;
    }

    /** What the API is about: jobs or profiles. */
    public HrFlowResource resource() {
        return resource;
    }

    /** {@code hrflow:<path>}, as users write it. */
    public String uri() {
        return "hrflow:" + path;
    }

    /**
     * Fails when an endpoint option meant for another API is given, which would otherwise be silently ignored.
     */
    void rejectForeignOptions(Set<String> givenOptions) {
        for (HrFlowApi other : values()) {
            if (other == this) {
                continue;
            }
            for (String option : givenOptions) {
                if (other.ownOptions.contains(option) && !ownOptions.contains(option)) {
                    throw new IllegalArgumentException("The option " + option + " applies to " + other.uri()
                                                       + " only, not to " + uri() + ": remove it, or use "
                                                       + other.uri() + ".");
                }
            }
        }
    }

    @Override
    public String toString() {
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
                                           + Arrays.stream(values()).map(HrFlowApi::uri)
                                                   .collect(Collectors.joining(", ")));
    }
}
