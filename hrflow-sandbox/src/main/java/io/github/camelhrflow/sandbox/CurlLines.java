package io.github.camelhrflow.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Ready-to-paste {@code curl} lines for a running sandbox: what the standalone banner prints and
 * what the README shows (a test runs them all, so they keep working when pasted).
 */
final class CurlLines {

    /** The reference the write examples use, so that edit and archive find the job the create made. */
    static final String EXAMPLE_REFERENCE = "curl-example-1";

    /** The board the board-creating example makes (or adds 1000 jobs to when run again). */
    static final String EXAMPLE_BOARD_KEY = "b16b0a4d0000000000000000000000000000e8a1";

    /** The source the source-creating example makes (or adds 100 profiles to when run again). */
    static final String EXAMPLE_SOURCE_KEY = "50bce0000000000000000000000000000000e8a1";

    private CurlLines() {
    }

    /** {@code curl -s} with the sandbox's credentials. */
    static String curl(HrFlowSandbox sandbox) {
        return "curl -s -H 'X-API-KEY: " + sandbox.apiKey() + "' -H 'X-USER-EMAIL: " + sandbox.userEmail() + "'";
    }

    /** Reads one job of the board by key. */
    static String getJob(HrFlowSandbox sandbox, String boardKey, String key) {
        return curl(sandbox) + " '" + sandbox.baseUrl() + "/job/indexing?board_key=" + boardKey + "&key=" + key + "'";
    }

    /** Reads one profile of the source by key. */
    static String getProfile(HrFlowSandbox sandbox, String sourceKey, String key) {
        return curl(sandbox) + " '" + sandbox.baseUrl() + "/profile/indexing?source_key=" + sourceKey + "&key=" + key
               + "'";
    }

    /** Lists a source's profiles, whole, newest change first. */
    static String listProfiles(HrFlowSandbox sandbox, String sourceKey) {
        return curl(sandbox) + " -G " + sandbox.baseUrl() + "/storing/profiles --data-urlencode 'source_keys=[\""
               + sourceKey + "\"]' -d return_profile=true -d limit=2 -d sort_by=updated_at";
    }

    /** Lists a board, then creates, edits and archives a job in it: run in this order, each works. */
    static List<String> tour(HrFlowSandbox sandbox, String boardKey) {
        String json = curl(sandbox) + " -H 'Content-Type: application/json'";
        String jobs = sandbox.baseUrl() + "/job/indexing";
        List<String> lines = new ArrayList<>();
        // board_keys is a JSON array: -G --data-urlencode puts it in the query string encoded
        lines.add(curl(sandbox) + " -G " + sandbox.baseUrl() + "/storing/jobs --data-urlencode 'board_keys=[\""
                  + boardKey + "\"]' -d return_job=true -d limit=2 -d sort_by=updated_at");
        lines.add(json + " -X POST " + jobs + " -d '{\"board_key\":\"" + boardKey + "\",\"name\":\"Data Engineer\","
                  + "\"reference\":\"" + EXAMPLE_REFERENCE
                  + "\",\"ranges_float\":[{\"name\":\"salary\",\"value_min\":45000,"
                  + "\"value_max\":50000,\"unit\":\"eur\"}]}'");
        lines.add(json + " -X PUT " + jobs + " -d '{\"board_key\":\"" + boardKey + "\",\"reference\":\""
                  + EXAMPLE_REFERENCE + "\",\"name\":\"Senior Data Engineer\"}'");
        lines.add(json + " -X PATCH " + jobs + "/archive -d '{\"board_key\":\"" + boardKey + "\",\"reference\":\""
                  + EXAMPLE_REFERENCE + "\",\"is_archive\":1}'");
        return lines;
    }

    /** Lines for the admin endpoints, which need no credentials. */
    static List<String> admin(HrFlowSandbox sandbox) {
        return List.of(
                "curl -s -X POST -d '{\"throttle_next\":2,\"latency_ms\":300}' " + sandbox.rootUrl() + AdminApi.FAULTS,
                "curl -s -X DELETE " + sandbox.rootUrl() + AdminApi.FAULTS,
                "curl -s " + sandbox.rootUrl() + AdminApi.REQUESTS,
                "curl -s -X POST -d '{\"key\":\"" + EXAMPLE_BOARD_KEY + "\",\"name\":\"generated\",\"jobs\":1000,"
                                                                    + "\"seed\":1}' " + sandbox.rootUrl()
                                                                    + AdminApi.BOARDS,
                "curl -s -X POST -d '{\"max_ms\":2000,\"seed\":1}' " + sandbox.rootUrl() + AdminApi.INDEX_LAG,
                "curl -s -X POST -d '{\"key\":\"" + EXAMPLE_SOURCE_KEY + "\",\"name\":\"generated\",\"profiles\":100,"
                                                                                                               + "\"seed\":1}' "
                                                                                                               + sandbox
                                                                                                                       .rootUrl()
                                                                                                               + AdminApi.SOURCES);
    }
}
