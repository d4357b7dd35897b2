package io.github.camelhrflow;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelhrflow.client.HrFlowResource;

/**
 * The HrFlow APIs the component can call; the {@code api} path of {@code hrflow:api}. Each is a kind of call (one
 * object, or the listing) over a resource (jobs, profiles); its path is the two joined, {@code job-indexing}. Which
 * options an API takes comes from the options' labels ({@link HrFlowApiOptions}).
 */
public enum HrFlowApi {

    /** {@code /v1/job/indexing}: one job of a board: get, index, edit, archive, upsert. */
    JOB_INDEXING(HrFlowResource.JOB, Kind.INDEXING),
    /** {@code GET /v1/storing/jobs}: the jobs of a board, as a stream (producer) or kept in sync (consumer). */
    JOB_STORING(HrFlowResource.JOB, Kind.STORING),
    /** {@code /v1/profile/indexing}: one profile of a source: get, index, edit, archive, upsert. */
    PROFILE_INDEXING(HrFlowResource.PROFILE, Kind.INDEXING),
    /** {@code GET /v1/storing/profiles}: the profiles of a source, as a stream or kept in sync. */
    PROFILE_STORING(HrFlowResource.PROFILE, Kind.STORING),
    /** {@code POST /v1/profile/parsing/file}: a CV file in, a profile out. */
    PROFILE_PARSING(HrFlowResource.PROFILE, Kind.PARSING);

    /** The kinds of call; each is also the label word of the options that serve it alone. */
    public enum Kind {
        /** One object, chosen by operation; a producer only. */
        INDEXING,
        /** The objects of a board or source: a producer that lists them, a consumer that keeps them in sync. */
        STORING,
        /** A file parsed into an object; a producer only. */
        PARSING;

        /** {@code indexing}, {@code storing}: the label word, and the second half of the path. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final HrFlowResource resource;
    private final Kind kind;
    private final String path;

    HrFlowApi(HrFlowResource resource, Kind kind) {
        this.resource = resource;
        this.kind = kind;
        this.path = resource.noun() + "-" + kind.word();
    }

    /** What the API is about: jobs or profiles. */
    public HrFlowResource resource() {
        return resource;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether {@code from(...)} can read this API: only the storing ones have a consumer. */
    public boolean consumes() {
        return kind == Kind.STORING;
    }

    /** {@code hrflow:<path>}, as users write it. */
    public String uri() {
        return "hrflow:" + path;
    }

    /** The API of {@code kind} over {@code resource}. */
    public static HrFlowApi of(HrFlowResource resource, Kind kind) {
        for (HrFlowApi api : values()) {
            if (api.resource == resource && api.kind == kind) {
                return api;
            }
        }
        throw new IllegalArgumentException("No " + kind.word() + " API for " + resource.noun() + "s");
    }

    /**
     * Fails when an endpoint option meant for another API is given, which would otherwise be silently ignored. What
     * each option serves is read from its label.
     */
    void rejectForeignOptions(Set<String> givenOptions) {
        for (String option : givenOptions) {
            String refusal = HrFlowApiOptions.refusal(option, this);
            if (refusal == null) {
                continue;
            }
            List<HrFlowApi> servedBy = Arrays.stream(values())
                    .filter(api -> HrFlowApiOptions.refusal(option, api) == null).toList();
            // the APIs of this resource first: pageSize on job-indexing points at job-storing
            List<HrFlowApi> sameResource = servedBy.stream().filter(api -> api.resource == resource).toList();
            List<HrFlowApi> hint = sameResource.isEmpty() ? servedBy : sameResource;
            throw new IllegalArgumentException("The option " + option + " applies to "
                                               + hint.stream().map(HrFlowApi::uri)
                                                       .collect(Collectors.joining(" and "))
                                               + " only, not to " + uri() + " (" + refusal + "): remove it"
                                               + (hint.isEmpty() ? "." : ", or use " + hint.get(0).uri() + "."));
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
