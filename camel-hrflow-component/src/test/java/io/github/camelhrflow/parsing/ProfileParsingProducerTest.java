package io.github.camelhrflow.parsing;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowAuthenticationException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowParsingTimeoutException;
import io.github.camelhrflow.HrFlowSourceNotFoundException;
import io.github.camelhrflow.model.Profile;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hrflow:profile-parsing} against the sandbox over HTTP: every body Camel carries a file in, the reference rule,
 * the check for an existing profile, HrFlow's 201 and 202 answers, the wait and its time-out, the multipart request as
 * it arrived, and the refusals.
 */
class ProfileParsingProducerTest extends SandboxTestSupport {

    private static final AtomicInteger SOURCES = new AtomicInteger();

    @TempDir
    Path dir;

    /** A source parsing in the background (202), and one parsing at once (201), of this test only. */
    private String source;
    private String realTime;

    @BeforeEach
    void freshSources() {
        source = String.format("%040x", 0x5c0000L + SOURCES.incrementAndGet());
        realTime = String.format("%040x", 0x5d0000L + SOURCES.incrementAndGet());
        sandbox.addSource(source, "cvs " + source);
        sandbox.addSource(realTime, "real time " + realTime, true);
        sandbox.parseDelay(Duration.ZERO);
        sandbox.clearRequests();
    }

    private String uri(String sourceKey, String options) {
        return "hrflow:profile-parsing?sourceKey=" + sourceKey + "&awaitInterval=50" + options;
    }

    private Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String cv(String name) {
        return name + "\nBackend engineer\n" + name.toLowerCase().replace(' ', '.') + "@example.com\n";
    }

    private List<RecordedRequest> uploads() {
        return requests().stream().filter(r -> r.path().endsWith("/profile/parsing/file")).toList();
    }

    @Test
    void everyBodyCamelCarriesAFileInBecomesAProfile() throws Exception {
        Path path = Files.writeString(dir.resolve("ada.txt"), cv("Ada Path"));
        File file = Files.writeString(dir.resolve("bob.txt"), cv("Bob File")).toFile();
        Map<String, Object> bodies = Map.of(
                cv("Ada Path"), path,
                cv("Bob File"), file,
                cv("Cy Bytes"), cv("Cy Bytes").getBytes(StandardCharsets.UTF_8),
                cv("Di Stream"), new ByteArrayInputStream(cv("Di Stream").getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, Object> body : bodies.entrySet()) {
            Exchange out = send(uri(source, ""), body.getValue(), Map.of());
            assertNull(out.getException(), () -> "failed: " + out.getException());
            Profile profile = out.getMessage().getBody(Profile.class);
            assertNotNull(profile, body.getValue().getClass().getName());
            assertEquals(body.getKey(), profile.getText(), "the sandbox keeps a text file's text");
            assertEquals(sha256(body.getKey()), profile.getReference(), "no reference given: the SHA-256");
            assertEquals(sha256(body.getKey()), out.getMessage().getHeader(HrFlowConstants.PROFILE_REFERENCE));
            assertEquals(profile.getKey(), out.getMessage().getHeader(HrFlowConstants.PROFILE_KEY));
            assertEquals("parsed", out.getMessage().getHeader(HrFlowConstants.PARSING_RESULT));
        }
        assertEquals(4, sandbox.store().profileCount(source));
        List<String> names = uploads().stream().map(r -> r.part("file").fileName()).sorted().toList();
        assertEquals(List.of("ada.txt", "bob.txt", "resume", "resume"), names,
                "a file's own name, else resume");
    }

    @Test
    void theFileNameHeaderNamesTheFileAndItsType() {
        Exchange out = send(uri(realTime, ""), new byte[] { '%', 'P', 'D', 'F', (byte) 0xff, (byte) 0xfe },
                Map.of(Exchange.FILE_NAME, "inbox/2024/Ada Lovelace.pdf"));
        assertNull(out.getException());
        RecordedRequest.Part file = uploads().get(0).part("file");
        assertEquals("Ada Lovelace.pdf", file.fileName());
        assertEquals("application/pdf", file.contentType());
        assertEquals("Ada Lovelace.pdf", out.getMessage().getBody(Profile.class).getText(),
                "the sandbox names a profile of a non-text file after the file");
    }

    @Test
    void theReferenceHeaderWinsOverTheOptionWhichWinsOverTheHash() {
        Exchange byOption = send(uri(source, "&reference=opt-1"), cv("Eve"), Map.of());
        assertEquals("opt-1", byOption.getMessage().getBody(Profile.class).getReference());
        Exchange byHeader = send(uri(source, "&reference=opt-2"), cv("Fay"),
                Map.of(HrFlowConstants.PROFILE_REFERENCE, "head-1"));
        assertEquals("head-1", byHeader.getMessage().getBody(Profile.class).getReference());
        assertEquals(List.of("head-1", "opt-1"), sandbox.store().profileReferences(source).stream().sorted()
                .toList());
    }

    @Test
    void theMultipartRequestCarriesHrFlowsFields() {
        Exchange out = send(uri(realTime, "&syncParsing=true&tags=RAW([{\"name\":\"origin\",\"value\":\"inbox\"}])"
                                          + "&labels=RAW([])"),
                cv("Gil"), Map.of(HrFlowConstants.PROFILE_METADATAS,
                        List.of(Map.of("name", "mail", "value", "subject")),
                        Exchange.FILE_NAME, "gil.txt"));
        assertNull(out.getException(), () -> "failed: " + out.getException());
        RecordedRequest upload = uploads().get(0);
        assertEquals("POST", upload.method());
        assertTrue(upload.header("Content-Type").startsWith("multipart/form-data"), upload.header("Content-Type"));
        assertEquals(RecordedRequest.MASK, upload.header("X-API-KEY"));
        assertEquals(realTime, upload.part("source_key").value());
        assertEquals(out.getMessage().getHeader(HrFlowConstants.PROFILE_REFERENCE), upload.part("reference").value());
        assertEquals("1", upload.part("sync_parsing").value());
        assertEquals("[{\"name\":\"origin\",\"value\":\"inbox\"}]", upload.part("tags").value());
        assertEquals(json("{\"m\":[{\"name\":\"mail\",\"value\":\"subject\"}]}").get("m"),
                json("{\"m\":" + upload.part("metadatas").value() + "}").get("m"), "a List header is sent as JSON");
        assertEquals("[]", upload.part("labels").value());
        assertEquals("gil.txt", upload.part("file").fileName());
        assertEquals("text/plain", upload.part("file").contentType());
        assertEquals(cv("Gil").length(), upload.part("file").size());
        assertEquals("origin", out.getMessage().getBody(Profile.class).getTags().get(0).getName());

        sandbox.clearRequests();
        send(uri(source, ""), cv("Hal"), Map.of());
        RecordedRequest plain = uploads().get(0);
        assertEquals("0", plain.part("sync_parsing").value());
        assertNull(plain.part("tags"), "no tags set: the field is left out");
    }

    @Test
    void aRealTimeSourceAnswers201AndTheProfileIsTheBody() {
        Exchange out = send(uri(realTime, ""), cv("Ivy"), Map.of());
        assertEquals(201, out.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals("parsed", out.getMessage().getHeader(HrFlowConstants.PARSING_RESULT));
        List<String> calls = requests().stream().map(r -> r.method() + " " + r.path()).toList();
        assertEquals(List.of("GET /v1/profile/indexing", "POST /v1/profile/parsing/file"), calls,
                "the check for an existing profile, then the upload");
    }

    @Test
    void a202IsWaitedForUntilTheProfileExists() {
        sandbox.parseDelay(Duration.ofMillis(400));
        Exchange out = send(uri(source, ""), cv("Jo"), Map.of());
        assertNull(out.getException(), () -> "failed: " + out.getException());
        assertEquals(cv("Jo"), out.getMessage().getBody(Profile.class).getText());
        assertEquals("parsed", out.getMessage().getHeader(HrFlowConstants.PARSING_RESULT));
        assertEquals(200, out.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE), "the answer that found it");
        long polls = requests().stream().filter(r -> r.method().equals("GET")).count();
        assertTrue(polls >= 3, "asked again every awaitInterval: " + polls);
    }

    @Test
    void awaitProfileFalseLeavesTheBodyNullAndSaysQueued() {
        sandbox.parseDelay(Duration.ofMillis(300));
        Exchange out = send(uri(source, "&awaitProfile=false"), cv("Kim"), Map.of());
        assertNull(out.getException());
        assertNull(out.getMessage().getBody());
        assertEquals("queued", out.getMessage().getHeader(HrFlowConstants.PARSING_RESULT));
        assertEquals(202, out.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertNull(out.getMessage().getHeader(HrFlowConstants.PROFILE_KEY));
    }

    @Test
    void aProfileThatNeverComesTimesOutNamingTheReference() {
        sandbox.parseDelay(Duration.ofSeconds(30));
        long start = System.nanoTime();
        Exchange out = send(uri(source, "&awaitTimeout=400&reference=never-1"), cv("Lee"), Map.of());
        long ms = (System.nanoTime() - start) / 1_000_000;
        HrFlowParsingTimeoutException e = assertInstanceOf(HrFlowParsingTimeoutException.class,
                out.getException());
        assertEquals("never-1", e.getReference());
        assertTrue(e.getMessage().contains("never-1") && e.getMessage().contains("resume"), e.getMessage());
        assertTrue(ms >= 400 && ms < 3000, "timed out after awaitTimeout: " + ms + " ms");
    }

    @Test
    void theSameFileTwiceIsUploadedOnce() {
        Exchange first = send(uri(source, ""), cv("Max"), Map.of());
        sandbox.clearRequests();
        Exchange second = send(uri(source, ""), cv("Max"), Map.of(Exchange.FILE_NAME, "renamed.txt"));
        assertEquals("existing", second.getMessage().getHeader(HrFlowConstants.PARSING_RESULT));
        assertEquals(first.getMessage().getBody(Profile.class).getKey(),
                second.getMessage().getBody(Profile.class).getKey());
        assertTrue(uploads().isEmpty(), "nothing uploaded: " + requests());
        assertEquals(1, sandbox.store().profileCount(source));

        // without the check, HrFlow refuses the used reference and the profile it holds is the result
        Exchange third = send(uri(source, "&skipExisting=false"), cv("Max"), Map.of());
        assertNull(third.getException(), () -> "failed: " + third.getException());
        assertEquals(1, uploads().size());
        assertEquals("existing", third.getMessage().getHeader(HrFlowConstants.PARSING_RESULT));
        assertEquals(1, sandbox.store().profileCount(source));
    }

    @Test
    void redeliveryAfterATimeoutMakesNoSecondProfile() throws Exception {
        sandbox.parseDelay(Duration.ofMillis(1200));
        String target = source;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(HrFlowParsingTimeoutException.class).maximumRedeliveries(10).redeliveryDelay(0);
                from("direct:redeliver").to(uri(target, "&awaitTimeout=300"));
            }
        });
        Exchange out = template.send("direct:redeliver", e -> e.getMessage().setBody(cv("Ned")));
        assertNull(out.getException(), () -> "failed: " + out.getException());
        assertEquals(cv("Ned"), out.getMessage().getBody(Profile.class).getText());
        int redeliveries = out.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        assertTrue(redeliveries >= 1, "at least one time-out was redelivered: " + redeliveries);
        assertEquals(1, sandbox.store().profileCount(source));
        assertEquals(1, uploads().stream().filter(r -> r.status() == 202).count(), "one accepted upload");
    }

    @Test
    void anEmptyFileFailsWithHrFlowsMessageAndTheFileName() {
        Exchange out = send(uri(source, ""), new byte[0], Map.of(Exchange.FILE_NAME, "blank-cv.pdf"));
        HrFlowApiException e = assertInstanceOf(HrFlowApiException.class, out.getException());
        assertEquals(400, e.getStatusCode());
        assertTrue(e.getMessage().contains("blank-cv.pdf") && e.getMessage().contains("empty"), e.getMessage());
        assertFalse(e.getMessage().contains(sandbox.apiKey()), e.getMessage());
        assertEquals(400, out.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals(0, sandbox.store().profileCount(source));
    }

    @Test
    void aWrongKeyFailsWithoutShowingIt() {
        String wrongKey = "askw_not_the_right_key_0123456789";
        Exchange out = send(uri(source, "&apiKey=" + wrongKey), cv("Oz"), Map.of(Exchange.FILE_NAME, "oz.txt"));
        HrFlowAuthenticationException e = assertInstanceOf(HrFlowAuthenticationException.class,
                out.getException());
        assertEquals(401, e.getStatusCode());
        assertFalse(e.getMessage().contains(wrongKey), e.getMessage());
    }

    @Test
    void anUnknownSourceFailsWithTheSourceError() {
        String missing = "0".repeat(40);
        Exchange checked = send(uri(missing, ""), cv("Pam"), Map.of(Exchange.FILE_NAME, "pam.txt"));
        assertInstanceOf(HrFlowSourceNotFoundException.class, checked.getException());
        Exchange uploaded = send(uri(missing, "&skipExisting=false"), cv("Pam"), Map.of(Exchange.FILE_NAME, "pam.txt"));
        HrFlowSourceNotFoundException e = assertInstanceOf(HrFlowSourceNotFoundException.class,
                uploaded.getException());
        assertTrue(e.getMessage().contains("pam.txt"), e.getMessage());
    }

    @Test
    void noSourceNoBodyAreRefusedBeforeAnyRequest() {
        Exchange noSource = send("hrflow:profile-parsing", cv("Quin"), Map.of());
        assertTrue(noSource.getException().getMessage().contains("sourceKey"), noSource.getException().getMessage());
        Exchange noBody = send(uri(source, ""), null, Map.of());
        assertInstanceOf(IllegalArgumentException.class, noBody.getException());
        assertNoRequest();
    }
}
