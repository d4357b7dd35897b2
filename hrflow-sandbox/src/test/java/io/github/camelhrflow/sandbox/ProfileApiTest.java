package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What only profiles do: HrFlow's profile layout, the SDK's echo expectations, the demo sources, seeding, admin. */
class ProfileApiTest extends SandboxTestSupport {

    private static final String DEMO = HrFlowSandbox.DEMO_SOURCE_KEY;

    @Test
    void indexesTheSdkTestBodyAndAnswersEverySentFieldUnchanged() {
        ObjectNode sent = (ObjectNode) SandboxClient.resource("samples/profile-indexing-post-request-sdk-test.json");
        sent.put("reference", "sdk-echo-1");
        ObjectNode body = sent.deepCopy().put("source_key", DEMO);

        HttpResponse<String> response = client.write("POST", "/profile/indexing", body.toString());

        assertEquals(201, response.statusCode(), response.body());
        JsonNode profile = SandboxClient.json(response).get("data");
        assertContains(sent, profile, "data");
        // created_at is the client's (HrFlow echoes it), updated_at the server's
        assertEquals("2024-01-01T00:00:00+0000", profile.get("created_at").asText());
        assertTrue(profile.get("experiences").get(0).get("key").asText().matches("[0-9a-f]{40}"));
        assertEquals(List.of(), SandboxClient.MAPPER.convertValue(profile.get("attachments"), List.class));
        assertEquals("sandbox_demo_profiles", profile.get("source").get("name").asText());
        assertEquals(List.of("source_key", "id", "key", "reference", "consent_algorithmic", "source"),
                fieldNames(profile).subList(0, 6));
    }

    @Test
    void theRealIndexingSampleIsRefusedWhenItsReferenceIsTaken() {
        ObjectNode sent = (ObjectNode) SandboxClient.resource("samples/profile-indexing-post-request.json");
        sent.put("source_key", DEMO).put("reference", "my_custom_reference");
        assertEquals(201, client.write("POST", "/profile/indexing", sent.toString()).statusCode());

        HttpResponse<String> again = client.write("POST", "/profile/indexing", sent.toString());

        assertEquals(400, again.statusCode());
        assertEquals(SandboxClient.resource("samples/error-400-profile-reference-used.json"),
                SandboxClient.json(again));
    }

    @Test
    void notFoundAnswersMatchTheSamples() {
        HttpResponse<String> source = client.get("/profile/indexing", "source_key", "nope", "key", "k");
        HttpResponse<String> profile = client.get("/profile/indexing", "source_key", DEMO, "key", "nope");
        assertEquals(SandboxClient.resource("samples/error-400-source-not-found.json"), SandboxClient.json(source));
        assertEquals(SandboxClient.resource("samples/error-400-profile-not-found.json").get("message"),
                SandboxClient.json(profile).get("message"));
    }

    @Test
    void archivesByReferenceWithTheSamplesAnswerShape() {
        String key = sandbox.createProfile(DEMO, SandboxClient.MAPPER.createObjectNode().put("reference", "ref_1234")
                .put("text", "x")).get("key").asText();

        HttpResponse<String> response = client.write("PATCH", "/profile/indexing/archive",
                "{\"source_key\":\"" + DEMO + "\",\"reference\":\"ref_1234\",\"is_archive\":1}");

        JsonNode sample = SandboxClient.resource("samples/profile-archive-200.json");
        JsonNode answer = SandboxClient.json(response);
        assertEquals(sample.get("message"), answer.get("message"));
        assertEquals(key, answer.get("data").get("key").asText());
        assertTrue(sandbox.store().profileByKey(DEMO, key).orElseThrow().get("archived_at").isTextual());
        client.write("PATCH", "/profile/indexing/archive",
                "{\"source_key\":\"" + DEMO + "\",\"key\":\"" + key + "\",\"is_archive\":0}");
        assertTrue(sandbox.store().profileByKey(DEMO, key).orElseThrow().get("archived_at").isNull());
    }

    @Test
    void theDemoSourcesHoldFictionalPeople() {
        JobStore fresh = HrFlowSandbox.builder().build().store();
        assertEquals(List.of("DEMO-PRF-001", "DEMO-PRF-002", "DEMO-PRF-003"), fresh.profileReferences(DEMO));
        assertTrue(fresh.source(HrFlowSandbox.DEMO_SYNC_SOURCE_KEY).orElseThrow().syncParsing());
        assertEquals(0, fresh.profileCount(HrFlowSandbox.DEMO_SYNC_SOURCE_KEY));
        for (JsonNode profile : fresh.profiles(DEMO)) {
            assertTrue(profile.get("info").get("email").asText().endsWith("@example.com"), profile.toString());
            assertEquals(DEMO, profile.get("source").get("key").asText());
        }
        assertEquals(1, fresh.profiles(DEMO).stream().filter(p -> p.get("archived_at").isTextual()).count());
        HttpResponse<String> listed = client.get("/storing/profiles", "source_keys", "[\"" + DEMO + "\"]",
                "return_profile", "true", "sort_by", "updated_at");
        assertTrue(SandboxClient.json(listed).get("meta").get("total").asInt() >= 3);
        assertEquals(0, HrFlowSandbox.builder().defaultSeed(false).build().store().sources().size());
    }

    @Test
    void seededProfilesAreFictionalAndVaried() {
        String source = "5eed000000000000000000000000000000000001";
        sandbox.addSource(source, "seeded");
        List<String> keys = sandbox.seedProfiles(source, 200, 4);

        assertEquals(200, keys.size());
        List<ObjectNode> profiles = sandbox.store().profiles(source);
        assertTrue(profiles.stream().allMatch(p -> p.get("info").get("email").asText().endsWith("@example.com")));
        assertTrue(profiles.stream().map(p -> p.get("info").get("full_name").asText()).distinct().count() > 50);
        assertTrue(profiles.stream().allMatch(p -> p.get("source").get("key").asText().equals(source)));
        assertThrows(IllegalArgumentException.class, () -> sandbox.seedProfiles("unknown", 1, 1));
    }

    @Test
    void theJavaWriteMethodsRefuseWithHrFlowsMessages() {
        sandbox.createProfile(DEMO, SandboxClient.MAPPER.createObjectNode().put("reference", "java-1"));
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> sandbox.createProfile(DEMO, SandboxClient.MAPPER.createObjectNode().put("reference", "java-1")));
        assertEquals("Cannot create profile with this reference: java-1. Already used!", taken.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> sandbox.archiveProfile(DEMO, "nope", true));
        assertEquals("Invalid parameters. Unable to find object: profile", unknown.getMessage());
    }

    @Test
    void adminMakesASourceOfGeneratedProfiles() {
        String key = "50bce0000000000000000000000000000000aaaa";
        HttpResponse<String> made = client.admin("POST", "/_sandbox/sources",
                "{\"key\":\"" + key + "\",\"name\":\"bulk\",\"profiles\":25,\"seed\":2,\"sync_parsing\":true}");

        assertEquals(200, made.statusCode(), made.body());
        JsonNode answer = SandboxClient.json(made);
        assertEquals(25, answer.get("profiles").asInt());
        assertTrue(answer.get("sync_parsing").asBoolean());
        assertEquals(25, sandbox.profileKeys(key).size());
        JsonNode listed = SandboxClient.json(client.admin("GET", "/_sandbox/sources", null));
        assertTrue(listed.get("sources").toString().contains(key));
        assertEquals(400, client.admin("POST", "/_sandbox/sources", "{\"jobs\":1}").statusCode());
    }

    @Test
    void theCommandLineFillsASource() {
        HrFlowSandbox built = HrFlowSandboxMain.parse(List.of("--profiles", "40", "--source",
                "50bce0000000000000000000000000000000bbbb", "--parse-delay-ms", "250")).build();
        assertEquals(40, built.profileKeys("50bce0000000000000000000000000000000bbbb").size());
        assertEquals(250, built.parseDelay().toMillis());
    }

    /** Every field of {@code sent} is in {@code answer} with an equal value (objects and arrays of objects recursively). */
    private static void assertContains(JsonNode sent, JsonNode answer, String path) {
        assertNotNull(answer, path);
        if (sent.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = sent.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertContains(field.getValue(), answer.get(field.getKey()), path + "." + field.getKey());
            }
        } else if (sent.isArray()) {
            assertEquals(sent.size(), answer.size(), path);
            for (int i = 0; i < sent.size(); i++) {
                assertContains(sent.get(i), answer.get(i), path + "[" + i + "]");
            }
        } else {
            assertEquals(sent, answer, path);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
