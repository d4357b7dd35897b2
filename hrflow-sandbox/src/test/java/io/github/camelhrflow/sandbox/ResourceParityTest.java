package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What jobs in boards and profiles in sources share, over real HTTP: the same test for both, told apart
 * only by the {@link Resource}'s names.
 */
class ResourceParityTest extends SandboxTestSupport {

    private static final Pattern HEX_KEY = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern HRFLOW_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000");

    private final MovableClock base = new MovableClock(Instant.parse("2024-05-01T10:00:00Z"));
    private int containers;

    @Override
    protected HrFlowSandbox.Builder configure(HrFlowSandbox.Builder builder) {
        return builder.clock(base);
    }

    /** A new empty container of the resource. */
    private String container(Resource resource) {
        String key = JobStore.hexKey(0xabcL, resource.ordinal(), ++containers);
        if (resource == Resource.JOB) {
            sandbox.addBoard(key, "parity");
        } else {
            sandbox.addSource(key, "parity");
        }
        return key;
    }

    private static ObjectNode body(Resource resource, String containerKey, String reference, String name) {
        ObjectNode body = SandboxClient.MAPPER.createObjectNode().put(resource.containerParam(), containerKey);
        if (reference != null) {
            body.put("reference", reference);
        }
        if (resource == Resource.JOB) {
            body.put("name", name);
        } else {
            body.putObject("info").put("full_name", name).put("email", "someone@example.com");
            body.put("text", name);
        }
        return body;
    }

    private HttpResponse<String> post(Resource resource, ObjectNode body) {
        return client.write("POST", indexing(resource), body.toString());
    }

    private static String indexing(Resource resource) {
        return resource.indexingPath().substring("/v1".length());
    }

    private static String storing(Resource resource) {
        return resource.storingPath().substring("/v1".length());
    }

    private HttpResponse<String> list(Resource resource, String containerKey, String... more) {
        List<String> params = new ArrayList<>(List.of(resource.containerKeysParam(), "[\"" + containerKey + "\"]",
                resource.returnParam(), "true"));
        params.addAll(List.of(more));
        return client.get(storing(resource), params.toArray(String[]::new));
    }

    private static List<String> keys(HttpResponse<String> listing) {
        List<String> keys = new ArrayList<>();
        SandboxClient.json(listing).get("data").forEach(item -> keys.add(item.get("key").asText()));
        return keys;
    }

    private static void assertAnswer(HttpResponse<String> response, int status, String message) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = SandboxClient.json(response);
        assertEquals(status, body.get("code").asInt());
        assertEquals(message, body.get("message").asText());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Resource.class)
    void createsReadsEditsAndArchivesOverHttp(Resource resource) {
        String containerKey = container(resource);
        String title = resource == Resource.JOB ? "Job" : "Profile";

        HttpResponse<String> created = post(resource, body(resource, containerKey, "ref-1", "First"));
        assertAnswer(created, 201, title + " created");
        JsonNode item = SandboxClient.json(created).get("data");
        String key = item.get("key").asText();
        assertTrue(HEX_KEY.matcher(key).matches(), key);
        assertTrue(item.get("id").isIntegralNumber());
        assertEquals(containerKey, item.get(resource.containerParam()).asText());
        assertEquals(containerKey, item.get(resource.container()).get("key").asText());
        assertEquals("parity", item.get(resource.container()).get("name").asText());
        assertTrue(HRFLOW_TIME.matcher(item.get("created_at").asText()).matches(), item.toString());
        assertEquals(item.get("created_at"), item.get("updated_at"));
        assertTrue(item.get("archived_at").isNull());

        HttpResponse<String> byKey =
                client.get(indexing(resource), resource.containerParam(), containerKey, "key", key);
        assertAnswer(byKey, 200, title + " details");
        assertEquals(item, SandboxClient.json(byKey).get("data"));
        HttpResponse<String> byReference =
                client.get(indexing(resource), resource.containerParam(), containerKey, "reference", "ref-1");
        assertEquals(key, SandboxClient.json(byReference).get("data").get("key").asText());

        base.advance(Duration.ofSeconds(5));
        HttpResponse<String> edited = client.write("PUT", indexing(resource),
                body(resource, containerKey, "ref-1", "Renamed").toString());
        assertAnswer(edited, 200, title + " edited");
        JsonNode after = SandboxClient.json(edited).get("data");
        assertEquals(key, after.get("key").asText());
        assertEquals(item.get("id"), after.get("id"));
        assertEquals(item.get("created_at"), after.get("created_at"));
        assertFalse(item.get("updated_at").equals(after.get("updated_at")), after.toString());

        HttpResponse<String> archived = client.write("PATCH", indexing(resource) + "/archive",
                "{\"" + resource.containerParam() + "\":\"" + containerKey + "\",\"reference\":\"ref-1\","
                                                                                               + "\"is_archive\":1}");
        assertAnswer(archived, 200, title + " archived");
        assertEquals(key, SandboxClient.json(archived).get("data").get("key").asText());
        assertEquals(1, SandboxClient.json(archived).get("data").size());
        JsonNode stored = SandboxClient.json(
                client.get(indexing(resource), resource.containerParam(), containerKey, "key", key)).get("data");
        assertTrue(stored.get("archived_at").isTextual(), stored.toString());
    }

    @ParameterizedTest
    @EnumSource(Resource.class)
    void refusesAsHrFlowDoes(Resource resource) {
        String containerKey = container(resource);
        String unknown = "0000000000000000000000000000000000000000";
        assertEquals(201, post(resource, body(resource, containerKey, "taken", "One")).statusCode());

        HttpResponse<String> again = post(resource, body(resource, containerKey, "taken", "Two"));
        assertAnswer(again, 400, resource == Resource.JOB ? "Invalid parameters. Job reference: taken Already used!"
                : "Cannot create profile with this reference: taken. Already used!");
        String noContainer = "Invalid parameters. Unable to find object: " + resource.container();
        assertAnswer(post(resource, body(resource, unknown, null, "Three")), 400, noContainer);
        assertAnswer(client.get(indexing(resource), resource.containerParam(), unknown, "key", unknown), 400,
                noContainer);
        assertAnswer(list(resource, unknown), 400, noContainer);
        String noItem = "Invalid parameters. Unable to find object: " + resource.word();
        assertAnswer(client.get(indexing(resource), resource.containerParam(), containerKey, "key", unknown), 400,
                noItem);
        assertAnswer(client.get(indexing(resource), resource.containerParam(), containerKey, "reference", "nope"),
                400, noItem);
        assertAnswer(client.write("PUT", indexing(resource), body(resource, containerKey, "nope", "X").toString()),
                400, noItem);
        assertAnswer(client.write("PATCH", indexing(resource) + "/archive",
                "{\"" + resource.containerParam() + "\":\"" + containerKey + "\",\"key\":\"" + unknown
                                                                            + "\",\"is_archive\":1}"),
                400, noItem);
    }

    @ParameterizedTest
    @EnumSource(Resource.class)
    void listsWithPagingSortingAndCreationFilters(Resource resource) {
        String containerKey = container(resource);
        sandbox.clock().set(Instant.parse("2024-05-01T10:00:00Z"));
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // two items share each second but the last: ties come in creation order both ways
            if (i % 2 == 0) {
                sandbox.clock().advance(Duration.ofDays(1));
            }
            HttpResponse<String> response = post(resource, body(resource, containerKey, "r" + i, "Item " + i));
            created.add(SandboxClient.json(response).get("data").get("key").asText());
        }

        HttpResponse<String> first = list(resource, containerKey, "limit", "2", "order_by", "asc");
        JsonNode page = SandboxClient.json(first);
        assertAnswer(first, 200, resource == Resource.JOB ? "List of jobs" : "List of profiles");
        assertEquals(1, page.get("meta").get("page").asInt());
        assertEquals(3, page.get("meta").get("maxPage").asInt());
        assertEquals(2, page.get("meta").get("count").asInt());
        assertEquals(5, page.get("meta").get("total").asInt());
        List<String> ascending = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            ascending.addAll(keys(list(resource, containerKey, "limit", "2", "order_by", "asc", "page", "" + p)));
        }
        assertEquals(created, ascending);
        assertEquals(List.of(created.get(4), created.get(2), created.get(3)),
                keys(list(resource, containerKey, "limit", "3", "order_by", "desc")));
        assertEquals(List.of(), keys(list(resource, containerKey, "page", "9")));

        assertEquals(created.subList(2, 4), keys(list(resource, containerKey, "order_by", "asc", "created_at_min",
                "2024-05-03", "created_at_max", "2024-05-03")));

        sandbox.clock().advance(Duration.ofDays(1));
        client.write("PUT", indexing(resource), body(resource, containerKey, "r0", "Edited").toString());
        assertEquals(created.get(0), keys(list(resource, containerKey, "sort_by", "updated_at", "limit", "1")).get(0));

        JsonNode shortForm = SandboxClient.json(client.get(storing(resource), resource.containerKeysParam(),
                "[\"" + containerKey + "\"]", "limit", "1")).get("data").get(0);
        assertEquals(resource.shortFields(), iterable(shortForm));
    }

    @ParameterizedTest
    @EnumSource(Resource.class)
    void indexLagDelaysTheListingNotTheIndexingGet(Resource resource) {
        String containerKey = container(resource);
        sandbox.indexLag(Duration.ofSeconds(10)).indexLagSeed(3);
        try {
            String key = SandboxClient.json(post(resource, body(resource, containerKey, "lagging", "Late")))
                    .get("data").get("key").asText();
            assertEquals(200,
                    client.get(indexing(resource), resource.containerParam(), containerKey, "key", key).statusCode());
            List<JobVersion> history = resource == Resource.JOB ? sandbox.history(containerKey)
                    : sandbox.profileHistory(containerKey);
            JobVersion version = history.get(0);
            boolean waiting = !version.isListed();
            assertEquals(waiting ? List.of() : List.of(key), keys(list(resource, containerKey)));

            base.advance(Duration.ofSeconds(11));
            assertEquals(List.of(key), keys(list(resource, containerKey)));
            RecordedRequest listing = sandbox.requests().get(sandbox.requests().size() - 1);
            history = resource == Resource.JOB ? sandbox.history(containerKey) : sandbox.profileHistory(containerKey);
            assertTrue(history.get(0).listedAt(listing.seq()));
            assertTrue(history.get(0).existedAt(listing.seq()));
        } finally {
            sandbox.indexLag(Duration.ZERO);
        }
    }

    @ParameterizedTest
    @EnumSource(Resource.class)
    void historyTellsEveryVersionThroughTheJavaWriteMethods(Resource resource) {
        String containerKey = container(resource);
        boolean jobs = resource == Resource.JOB;
        ObjectNode body = body(resource, containerKey, "h1", "History");
        body.remove(resource.containerParam());
        ObjectNode created = jobs ? sandbox.createJob(containerKey, body) : sandbox.createProfile(containerKey, body);
        String key = created.get("key").asText();
        sandbox.clock().advance(Duration.ofSeconds(2));
        ObjectNode edited = created.deepCopy();
        if (jobs) {
            sandbox.editJob(containerKey, edited.put("name", "Again"));
        } else {
            ((ObjectNode) edited.get("info")).put("full_name", "Again");
            sandbox.editProfile(containerKey, edited);
        }
        sandbox.clock().advance(Duration.ofSeconds(2));
        if (jobs) {
            sandbox.archiveJob(containerKey, key, true);
        } else {
            sandbox.archiveProfile(containerKey, key, true);
        }

        List<JobVersion> history = jobs ? sandbox.history(containerKey) : sandbox.profileHistory(containerKey);
        assertEquals(3, history.size());
        assertTrue(history.stream().allMatch(v -> v.key().equals(key)));
        assertEquals(List.of(false, false, true), history.stream().map(JobVersion::archived).toList());
        assertEquals(history.get(0).untilSeq(), history.get(1).fromSeq());
        assertTrue(history.get(2).isCurrent() && history.get(2).isListed());
        assertEquals(List.of(key), jobs ? sandbox.jobKeys(containerKey) : sandbox.profileKeys(containerKey));
        assertEquals(List.of("h1"),
                jobs ? sandbox.jobReferences(containerKey) : sandbox.profileReferences(containerKey));
    }

    @ParameterizedTest
    @EnumSource(Resource.class)
    void seedsManyItemsListedAtOnce(Resource resource) {
        String one = container(resource);
        String two = container(resource);
        boolean jobs = resource == Resource.JOB;
        List<String> first = jobs ? sandbox.seedJobs(one, 300, 9) : sandbox.seedProfiles(one, 300, 9);
        List<String> again = jobs ? sandbox.seedJobs(two, 300, 9) : sandbox.seedProfiles(two, 300, 9);
        assertEquals(300, first.size());
        assertEquals(300, again.size());
        assertEquals(300, SandboxClient.json(list(resource, one, "limit", "1")).get("meta").get("total").asInt());
        JsonNode a = SandboxClient.json(client.get(indexing(resource), resource.containerParam(), one, "key",
                first.get(0))).get("data");
        assertTrue(a.get("reference").isTextual());
        assertTrue(HRFLOW_TIME.matcher(a.get("updated_at").asText()).matches());
        List<JobVersion> history = jobs ? sandbox.history(one) : sandbox.profileHistory(one);
        assertEquals(300, history.size());
        assertTrue(history.stream().allMatch(JobVersion::isListed));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
