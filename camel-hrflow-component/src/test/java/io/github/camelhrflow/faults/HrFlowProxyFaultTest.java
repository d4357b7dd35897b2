package io.github.camelhrflow.faults;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.ForwardProxy;
import io.github.camelhrflow.support.ForwardProxy.ProxiedRequest;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Corporate networks reach HrFlow through an HTTP proxy: with proxyHost/proxyPort the call really goes through it,
 * and proxy credentials answer its 407 challenge; credentials it refuses fail the exchange without showing the
 * password.
 */
class HrFlowProxyFaultTest extends SandboxTestSupport {

    private static final String PROXY_USER = "proxy-user";
    private static final String PROXY_PASSWORD = "proxy-pa55word-do-not-log";

    private String jobKey;

    @BeforeEach
    void seedJob() {
        jobKey = seed("Data Engineer", null).get("key").asText();
    }

    private String uri(ForwardProxy proxy) {
        return "hrflow:job-indexing?boardKey=" + board + "&key=" + jobKey + "&proxyHost=" + proxy.host()
               + "&proxyPort=" + proxy.port();
    }

    @Test
    void callGoesThroughTheProxy() {
        try (ForwardProxy proxy = new ForwardProxy()) {
            Job job = template.requestBody(uri(proxy), null, Job.class);

            assertEquals(jobKey, job.getKey());
            List<ProxiedRequest> proxied = proxy.requests();
            assertEquals(1, proxied.size());
            // a proxy gets the absolute URI: the proof that the client addressed the proxy, not HrFlow
            assertTrue(proxied.get(0).target().startsWith(sandbox.baseUrl() + "/job/indexing?board_key=" + board),
                    proxied.get(0).target());
            assertCallHeaders(onlyRequest(), false);
            assertEquals(200, onlyRequest().status(), "the key came through the proxy intact");
        }
    }

    @Test
    void proxyCredentialsAnswerTheChallenge() {
        try (ForwardProxy proxy = new ForwardProxy(PROXY_USER, PROXY_PASSWORD)) {
            Job job = template.requestBody(uri(proxy) + "&proxyUsername=" + PROXY_USER
                                           + "&proxyPassword=RAW(" + PROXY_PASSWORD + ")",
                    null, Job.class);

            assertEquals(jobKey, job.getKey());
            List<ProxiedRequest> proxied = proxy.requests();
            assertEquals(2, proxied.size(), "challenged once, then authorized: " + proxied);
            assertNull(proxied.get(0).proxyAuthorization(), "credentials go only where a proxy asks for them");
            String basic = Base64.getEncoder().encodeToString((PROXY_USER + ":" + PROXY_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals("Basic " + basic, proxied.get(1).proxyAuthorization());
            assertNull(onlyRequest().header("Proxy-Authorization"), "proxy credentials stop at the proxy");
        }
    }

    @Test
    void refusedProxyCredentialsFailWithoutShowingThePassword() {
        try (ForwardProxy proxy = new ForwardProxy(PROXY_USER, PROXY_PASSWORD)) {
            Exchange exchange = template.request(uri(proxy) + "&proxyUsername=" + PROXY_USER
                                                 + "&proxyPassword=RAW(wrong-" + PROXY_PASSWORD + ")",
                    e -> {
                    });

            HrFlowApiException e = assertInstanceOf(HrFlowApiException.class, exchange.getException(),
                    () -> String.valueOf(exchange.getException()));
            assertEquals(407, e.getStatusCode());
            assertFalse(e.toString().contains(PROXY_PASSWORD), e.toString());
            assertEquals(0, sandbox.requestCount(), "nothing got past the proxy");
        }
    }
}
