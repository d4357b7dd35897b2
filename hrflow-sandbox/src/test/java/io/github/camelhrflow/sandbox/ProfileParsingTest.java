package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /v1/profile/parsing/file} over real HTTP, with multipart bodies built by Apache HttpClient 5. */
class ProfileParsingTest extends SandboxTestSupport {

    private static final String ASYNC = HrFlowSandbox.DEMO_SOURCE_KEY;
    private static final String SYNC = HrFlowSandbox.DEMO_SYNC_SOURCE_KEY;
    private static final byte[] CV = "Ada Example\nBackend engineer, Paris\nada.example@example.com\n"
            .getBytes(StandardCharsets.UTF_8);
    /** The start of a PDF: not UTF-8 text. */
    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', (byte) 0xe2, (byte) 0xe3,
            (byte) 0xcf, (byte) 0xd3, 0, 1, 2 };

    @AfterEach
    void noDelay() {
        sandbox.parseDelay(Duration.ZERO);
    }

    /** The fields HrFlow's Python SDK sends by default, plus a reference. */
    private HttpResponse<String> upload(String source, String fileName, byte[] file, String reference) {
        return client.upload(fileName, file, "source_key", source, "reference", reference, "labels", "[]", "tags",
                "[{\"name\": \"origin\", \"value\": \"sandbox-test\"}]", "metadatas", "[]", "sync_parsing", "0",
                "sync_parsing_indexing", "1", "webhook_parsing_sending", "0");
    }

    @Test
    void aRealTimeSourceAnswers201WithTheProfileAndItsParsing() {
        HttpResponse<String> response = upload(SYNC, "ada.txt", CV, "parse-sync-1");

        assertEquals(201, response.statusCode(), response.body());
        JsonNode body = SandboxClient.json(response);
        assertTrue(body.get("message").asText().startsWith("Profile parsed successfully."), body.toString());
        JsonNode profile = body.get("data").get("profile");
        assertEquals("parse-sync-1", profile.get("reference").asText());
        assertEquals(SYNC, profile.get("source_key").asText());
        assertEquals(new String(CV, StandardCharsets.UTF_8), profile.get("text").asText());
        assertEquals("Ada Example", profile.get("info").get("summary").asText());
        assertEquals("ada.example@example.com", profile.get("info").get("email").asText());
        assertEquals("sandbox-test", profile.get("tags").get(0).get("value").asText());
        assertEquals("referrer", profile.get("tags").get(1).get("name").asText());
        JsonNode attachment = profile.get("attachments").get(0);
        assertEquals("ada.txt", attachment.get("original_file_name").asText());
        assertEquals(CV.length, attachment.get("file_size").asInt());
        assertEquals(".txt", attachment.get("extension").asText());
        JsonNode parsing = body.get("data").get("parsing");
        assertEquals("ada.txt", parsing.get("file_name").asText());
        assertEquals(CV.length, parsing.get("file_size").asInt());
        assertEquals(profile, SandboxClient.json(client.get("/profile/indexing", "source_key", SYNC, "reference",
                "parse-sync-1")).get("data"));
    }

    @Test
    void anotherSourceAnswers202AndTheProfileComesAfterTheDelay() throws InterruptedException {
        sandbox.parseDelay(Duration.ofMillis(400));

        HttpResponse<String> response = upload(ASYNC, "cv.pdf", PDF, "parse-async-1");

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(202, SandboxClient.json(response).get("code").asInt());
        assertEquals(ProfileParsingApi.QUEUED_MESSAGE, SandboxClient.json(response).get("message").asText());
        assertEquals(0, SandboxClient.json(response).get("data").size());
        assertEquals(400, client.get("/profile/indexing", "source_key", ASYNC, "reference", "parse-async-1")
                .statusCode());
        // the reference waits in the queue: used already
        assertEquals(400, upload(ASYNC, "cv.pdf", PDF, "parse-async-1").statusCode());

        JsonNode found = null;
        for (int i = 0; i < 50 && found == null; i++) {
            Thread.sleep(50);
            HttpResponse<String> get = client.get("/profile/indexing", "source_key", ASYNC, "reference",
                    "parse-async-1");
            if (get.statusCode() == 200) {
                found = SandboxClient.json(get).get("data");
            }
        }
        assertTrue(found != null, "the parsed profile never came");
        assertEquals("cv.pdf", found.get("text").asText());
        assertNull(found.get("info").get("summary").textValue());
        assertTrue(SandboxClient.json(client.get("/storing/profiles", "source_keys", "[\"" + ASYNC + "\"]"))
                .get("data").toString().contains("parse-async-1"));
    }

    @Test
    void withoutDelayTheQueuedProfileExistsAtOnce() {
        assertEquals(202, upload(ASYNC, "now.txt", CV, "parse-now").statusCode());
        assertEquals(200, client.get("/profile/indexing", "source_key", ASYNC, "reference", "parse-now").statusCode());
    }

    @Test
    void aRealTimeSourceAnswersAfterTheDelay() {
        sandbox.parseDelay(Duration.ofMillis(300));
        long start = System.nanoTime();

        HttpResponse<String> response = upload(SYNC, "slow.txt", CV, "parse-slow");

        assertEquals(201, response.statusCode());
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
        assertTrue(SandboxClient.json(response).get("message").asText().contains("0.30 seconds"));
    }

    @Test
    void refusesAnEmptyFileAUsedReferenceAndAnUnknownSource() {
        HttpResponse<String> empty = upload(SYNC, "empty.pdf", new byte[0], "parse-empty");
        assertEquals(400, empty.statusCode());
        assertEquals("Invalid parameters. The file is empty: empty.pdf",
                SandboxClient.json(empty).get("message").asText());

        assertEquals(201, upload(SYNC, "a.txt", CV, "parse-dup").statusCode());
        HttpResponse<String> again = upload(SYNC, "a.txt", CV, "parse-dup");
        assertEquals(400, again.statusCode());
        assertEquals("Cannot create profile with this reference: parse-dup. Already used!",
                SandboxClient.json(again).get("message").asText());

        HttpResponse<String> unknown = upload("0000000000000000000000000000000000000000", "a.txt", CV, "x");
        assertEquals(SandboxClient.resource("samples/error-400-source-not-found.json"), SandboxClient.json(unknown));
        HttpResponse<String> noFile = client.upload(null, null, "source_key", SYNC);
        assertEquals("Invalid parameters. Missing parameter: file", SandboxClient.json(noFile).get("message").asText());
        HttpResponse<String> badTags = client.upload("a.txt", CV, "source_key", SYNC, "tags", "origin");
        assertEquals(400, badTags.statusCode());
        HttpResponse<String> notMultipart = client.write("POST", "/profile/parsing/file", "{}");
        assertEquals(400, notMultipart.statusCode());
    }

    @Test
    void theRequestLogTellsWhichPartsArrived() {
        upload(SYNC, "parts.txt", CV, "parse-parts");

        RecordedRequest recorded = sandbox.requests().get(sandbox.requests().size() - 1);
        assertEquals("/v1/profile/parsing/file", recorded.path());
        assertNull(recorded.body());
        assertEquals(9, recorded.parts().size());
        RecordedRequest.Part file = recorded.part("file");
        assertEquals("parts.txt", file.fileName());
        assertEquals(CV.length, file.size());
        assertNull(file.value());
        assertEquals("0", recorded.part("sync_parsing").value());
        assertEquals("[]", recorded.part("labels").value());
        assertNull(recorded.part("source_key").fileName());
        JsonNode admin = SandboxClient.json(client.admin("GET", "/_sandbox/requests", null));
        assertTrue(admin.toString().contains("\"fileName\":\"parts.txt\""), admin.toString());
    }

    @Test
    void adminSetsTheParseDelay() {
        assertEquals(200, client.admin("POST", "/_sandbox/parsing", "{\"delay_ms\":1500}").statusCode());
        assertEquals(1500, sandbox.parseDelay().toMillis());
        assertEquals(1500, SandboxClient.json(client.admin("GET", "/_sandbox/parsing", null)).get("delay_ms").asInt());
        assertEquals(400, client.admin("POST", "/_sandbox/parsing", "{\"delay_ms\":-1}").statusCode());
    }
}
