package io.github.camelhrflow.support;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * WireMock for the faults below HTTP that the sandbox has no business making (resets, garbage, stalls, trickles):
 * on a free loopback port, reset before each test. Its bodies are HrFlow's {@link Samples}, never hand-written.
 */
public final class LoopbackWireMock {

    private LoopbackWireMock() {
    }

    /**
     * A server for a static {@code @RegisterExtension} field.
     *
     * @param threads    Jetty's worker threads: tests that hold calls on the server need one per held call
     * @param extensions WireMock extensions, such as a response transformer
     */
    public static WireMockExtension server(int threads, Extension... extensions) {
        return WireMockExtension.newInstance()
                // no gzip: Jetty's compressor holds back small writes, so a trickle would arrive as one late block
                .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().containerThreads(threads)
                        .gzipDisabled(true).extensions(extensions))
                .build();
    }

    /** The HrFlow base URL it answers on; an address, not {@code localhost}, which may resolve to IPv6 first. */
    public static String baseUrl(WireMockExtension server) {
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }
}
