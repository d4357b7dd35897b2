package io.github.camelhrflow.benchmarks.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerProcessTest {

    static Stream<Arguments> servers() {
        return Stream.of(Arguments.of("job server", (Supplier<ServerProcess>) ServerProcess::jobServer),
                Arguments.of("hrflow-sandbox", (Supplier<ServerProcess>) ServerProcess::sandbox));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void startsInItsOwnProcessAndReportsItsCpuTime(String name, Supplier<ServerProcess> start) throws Exception {
        try (ServerProcess server = start.get()) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.rootUrl() + "/_sandbox/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(name, server.name());
            assertTrue(server.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/v1"), server.baseUrl());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"up\""), health.body());
            // starting a JVM and recording the seed cannot take zero CPU
            assertTrue(server.cpuNanos() > 0);
        }
    }
}
