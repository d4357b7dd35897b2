package io.github.camelhrflow.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sandbox built with {@code tls(...)} speaks HTTPS only, as HrFlow does, with the committed self-signed test
 * certificate (test-data/tls): a client that trusts it gets HrFlow's answers, one that does not never gets to send
 * a request.
 */
class TlsTest {

    private static final String DEMO = HrFlowSandbox.DEMO_BOARD_KEY;
    private static final char[] PASSWORD = "changeit".toCharArray();

    private static HrFlowSandbox sandbox;

    @BeforeAll
    static void startHttps() throws Exception {
        SSLContext server = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(pkcs12("tls/localhost.p12"), PASSWORD);
        server.init(keys.getKeyManagers(), null, null);
        sandbox = HrFlowSandbox.builder().tls(server).build().start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void urlsSayHttps() {
        assertEquals("https://127.0.0.1:" + sandbox.port(), sandbox.rootUrl());
        assertEquals("https://127.0.0.1:" + sandbox.port() + "/v1", sandbox.baseUrl());
    }

    @Test
    void aClientTrustingTheCertificateGetsTheJobAndTheAdminApi() throws Exception {
        HttpClient trusting = client(trustingTestCertificate());
        String key = sandbox.jobKeys(DEMO).get(0);
        sandbox.clearRequests();

        HttpResponse<String> job = trusting.send(get(sandbox.baseUrl() + "/job/indexing"
                                                     + SandboxClient.query("board_key", DEMO, "key", key))
                .header("X-API-KEY", sandbox.apiKey())
                .header("X-USER-EMAIL", sandbox.userEmail())
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = trusting.send(get(sandbox.rootUrl() + "/_sandbox/health").build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, job.statusCode(), job.body());
        assertEquals(key, SandboxClient.json(job).path("data").path("key").asText());
        assertEquals(200, health.statusCode(), health.body());
        assertEquals(1, sandbox.requestCount(), "the API call is logged, the admin call is not");
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateSendsNoRequest() throws Exception {
        sandbox.clearRequests();
        HttpClient jvmDefaults = client(SSLContext.getDefault());

        IOException e = assertThrows(IOException.class,
                () -> jvmDefaults.send(get(sandbox.baseUrl() + "/job/indexing").build(),
                        HttpResponse.BodyHandlers.ofString()));

        assertTrue(e instanceof SSLHandshakeException || e.getCause() instanceof SSLHandshakeException,
                e::toString);
        assertEquals(0, sandbox.requestCount());
    }

    @Test
    void plainHttpToTheHttpsPortIsNotAnswered() {
        HttpClient plain = client(trustingTestCertificate());
        String plainUrl = sandbox.rootUrl().replace("https://", "http://") + "/_sandbox/health";

        assertThrows(IOException.class,
                () -> plain.send(get(plainUrl).build(), HttpResponse.BodyHandlers.ofString()));
        assertEquals(0, sandbox.requestCount());
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
    }

    /** HTTP/1.1 as {@link SandboxClient}'s: the JDK server does not speak HTTP/2. */
    private static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .sslContext(tls).build();
    }

    private static SSLContext trustingTestCertificate() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(pkcs12("tls/localhost-truststore.p12"));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore pkcs12(String resource) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TlsTest.class.getResourceAsStream("/" + resource)) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
