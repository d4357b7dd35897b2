package io.github.camelhrflow.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleTest {

    /** A sandbox without seed: lifecycle does not depend on data. */
    private static HrFlowSandbox unseeded() {
        return HrFlowSandbox.builder().defaultSeed(false).build();
    }

    @Test
    void portZeroBindsAFreePortOnLoopback() {
        try (HrFlowSandbox sandbox = unseeded().start()) {
            assertNotEquals(0, sandbox.port());
            assertEquals("http://127.0.0.1:" + sandbox.port() + "/v1", sandbox.baseUrl());
            assertEquals("http://127.0.0.1:" + sandbox.port(), sandbox.rootUrl());
            assertEquals(200, new SandboxClient(sandbox).admin("GET", "/_sandbox/health", null).statusCode());
        }
    }

    @Test
    void stopReleasesThePortAndTheWorkerThreads() throws IOException {
        HrFlowSandbox sandbox = unseeded().start();
        int port = sandbox.port();
        new SandboxClient(sandbox).admin("GET", "/_sandbox/health", null);

        sandbox.stop();

        assertFalse(sandbox.isRunning());
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertTrue(socket.isBound());
        }
        String prefix = "hrflow-sandbox-" + port + "-";
        // stop() waits for the pool to terminate; a worker thread may still be finishing its exit just after
        for (Thread worker : Thread.getAllStackTraces().keySet()) {
            if (worker.getName().startsWith(prefix)) {
                join(worker);
            }
        }
        assertTrue(
                Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().startsWith(prefix) && t.isAlive()),
                "worker threads left");
    }

    @Test
    void configuredPortIsUsedAndABusyPortFailsToStart() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
            HrFlowSandbox clash = HrFlowSandbox.builder().defaultSeed(false).port(port).build();
            assertThrows(UncheckedIOException.class, clash::start);
        }
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).port(port).build().start()) {
            assertEquals(port, sandbox.port());
        }
    }

    @Test
    void stopIsIdempotentAndAStoppedSandboxCanRestart() {
        HrFlowSandbox sandbox = unseeded().start();
        sandbox.stop();
        sandbox.close();

        assertThrows(IllegalStateException.class, sandbox::port);
        sandbox.start();
        try {
            assertTrue(sandbox.isRunning());
            assertEquals(200, new SandboxClient(sandbox).admin("GET", "/_sandbox/health", null).statusCode());
        } finally {
            sandbox.close();
        }
    }

    @Test
    void startOnARunningSandboxKeepsItsPort() {
        try (HrFlowSandbox sandbox = unseeded().start()) {
            int port = sandbox.port();
            assertEquals(port, sandbox.start().port());
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
