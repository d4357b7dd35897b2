package io.github.camelhrflow.faults;

import java.io.IOException;

import javax.net.ssl.SSLException;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.ScriptedHttpServer;
import io.github.camelhrflow.support.TestTls;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;
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
class HrFlowTlsFaultTest extends HrFlowTestSupport {

    private static final String URI = "hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY;

    @Override
    protected void setupResources() throws Exception {
        server = new ScriptedHttpServer(HrFlowTestSupport::echoJob, TestTls.serverContext());
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("trustTestCertificate", TestTls.trustingTestCertificate());
    }

    @Test
    void untrustedCertificateIsRefusedByDefault() {
        Exchange exchange = template.request(URI, e -> {
        });

        IOException e = assertInstanceOf(IOException.class, exchange.getException(),
                () -> String.valueOf(exchange.getException()));
        assertInstanceOf(SSLException.class, e.getCause(), e::toString);
        assertTrue(e.getMessage().contains(server.baseUrl()), e.getMessage());
        assertFalse(e.getMessage().contains(API_KEY));
        assertEquals(0, server.requestCount(), "no request, and so no key, reached the untrusted server");
    }

    @Test
    void certificateTrustedThroughSslContextParametersIsAccepted() {
        Job job = template.requestBody(URI + "&sslContextParameters=#trustTestCertificate", null, Job.class);

        assertEquals(JOB_KEY, job.getKey());
        assertEquals(API_KEY, server.lastRequest().header("X-API-KEY"));
        assertTrue(server.baseUrl().startsWith("https://127.0.0.1:"), server.baseUrl());
    }

    @Test
    void trustGivenToOneEndpointDoesNotLeakToAnother() {
        Job trusted = template.requestBody(URI + "&sslContextParameters=#trustTestCertificate", null, Job.class);
        Exchange untrusted = template.request(URI, e -> {
        });

        assertEquals(JOB_KEY, trusted.getKey());
        IOException e = assertInstanceOf(IOException.class, untrusted.getException());
        assertInstanceOf(SSLException.class, e.getCause(), e::toString);
        assertNull(untrusted.getMessage().getBody());
    }
}
