package io.github.camelhrflow.faults;

import java.io.IOException;

import javax.net.ssl.SSLException;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.support.SandboxTestSupport;
import io.github.camelhrflow.support.TestTls;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HrFlow behind a certificate the JVM does not trust (a self-signed one here, as a TLS-intercepting proxy would
 * present): refused by default, so the key is never sent to it; accepted only where the route says so through
 * {@code sslContextParameters}.
 */
class HrFlowTlsFaultTest extends SandboxTestSupport {

    private String uri;
    private String jobKey;

    /** Runs after the base's start: the same sandbox over HTTPS takes the place of the plain one. */
    @BeforeAll
    static void serveHttps() throws Exception {
        sandbox.close();
        sandbox = HrFlowSandbox.builder().tls(TestTls.serverContext()).build().start();
    }

    @BeforeEach
    void oneJob() {
        jobKey = seed("Behind TLS", null).get("key").asText();
        uri = "hrflow:job-indexing?boardKey=" + board + "&key=" + jobKey;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("trustTestCertificate", TestTls.trustingTestCertificate());
    }

    @Test
    void untrustedCertificateIsRefusedByDefault() {
        Exchange exchange = template.request(uri, e -> {
        });

        IOException e = assertInstanceOf(IOException.class, exchange.getException(),
                () -> String.valueOf(exchange.getException()));
        assertInstanceOf(SSLException.class, e.getCause(), e::toString);
        assertTrue(e.getMessage().contains(sandbox.baseUrl()), e.getMessage());
        assertFalse(e.getMessage().contains(sandbox.apiKey()));
        // no request, and so no key, reached the untrusted server
        assertNoRequest();
    }

    @Test
    void certificateTrustedThroughSslContextParametersIsAccepted() {
        Job job = template.requestBody(uri + "&sslContextParameters=#trustTestCertificate", null, Job.class);

        assertEquals(jobKey, job.getKey());
        assertCallHeaders(onlyRequest(), false);
        assertEquals(200, onlyRequest().status(), "the key was sent and accepted");
        assertTrue(sandbox.baseUrl().startsWith("https://127.0.0.1:"), sandbox.baseUrl());
    }

    @Test
    void trustGivenToOneEndpointDoesNotLeakToAnother() {
        Job trusted = template.requestBody(uri + "&sslContextParameters=#trustTestCertificate", null, Job.class);
        Exchange untrusted = template.request(uri, e -> {
        });

        assertEquals(jobKey, trusted.getKey());
        IOException e = assertInstanceOf(IOException.class, untrusted.getException());
        assertInstanceOf(SSLException.class, e.getCause(), e::toString);
        assertNull(untrusted.getMessage().getBody());
        assertEquals(1, sandbox.requestCount(), "only the trusting endpoint's call reached the server");
    }
}
