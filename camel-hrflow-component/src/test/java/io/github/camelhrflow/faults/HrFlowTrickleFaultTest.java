package io.github.camelhrflow.faults;

import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelhrflow.support.LoopbackWireMock;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server that sends its answer a byte at a time never trips readTimeout; requestTimeout bounds the whole call.
 */
class HrFlowTrickleFaultTest extends SandboxTestSupport {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = LoopbackWireMock.server(16);

    @Override
    protected String baseUrl() {
        return LoopbackWireMock.baseUrl(WIREMOCK);
    }

    @Test
    void tricklingAnswerIsBoundedByRequestTimeout() {
        String job = Samples.text(Samples.FULL_JOB);
        int bytes = job.getBytes(StandardCharsets.UTF_8).length;
        // one byte every 50 ms, far below readTimeout=1000
        WIREMOCK.stubFor(get(urlPathEqualTo("/v1/job/indexing"))
                .willReturn(okJson(job).withChunkedDribbleDelay(bytes, bytes * 50)));

        long start = System.nanoTime();
        Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + board + "&key=trickled"
                                             + "&readTimeout=1000&requestTimeout=700",
                e -> {
                });
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        SocketTimeoutException e = assertInstanceOf(SocketTimeoutException.class, exchange.getException(),
                () -> String.valueOf(exchange.getException()));
        assertTrue(e.getMessage().contains("requestTimeout=700"), e.getMessage());
        // the answer would need over 2 minutes at this pace; a generous bound proves the deadline cut it
        assertTrue(took.toSeconds() < 30, "took " + took);
        WIREMOCK.verify(1, getRequestedFor(urlPathEqualTo("/v1/job/indexing")));
    }
}
