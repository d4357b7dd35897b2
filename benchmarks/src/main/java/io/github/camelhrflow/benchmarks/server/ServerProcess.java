package io.github.camelhrflow.benchmarks.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelhrflow.sandbox.HrFlowSandboxMain;

/**
 * A server in a JVM of its own, so that its CPU time and allocations never count as the client's. The child runs on
 * this JVM's class path; its CPU time is read from the operating system.
 */
public final class ServerProcess implements AutoCloseable {

    /** Both servers announce themselves with this, followed by their base URL. */
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/v1)");
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final String baseUrl;

    private ServerProcess(String name, Process process, String baseUrl) {
        this.name = name;
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** The benchmark's job server ({@link JobServer}). */
    public static ServerProcess jobServer() {
        return start("job server", JobServer.class.getName());
    }

    /** The hrflow-sandbox, as {@code java -jar hrflow-sandbox-standalone.jar} runs it. */
    public static ServerProcess sandbox() {
        return start("hrflow-sandbox", HrFlowSandboxMain.class.getName());
    }

    private static ServerProcess start(String name, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.add("--port");
        command.add("0");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the " + name + " process", e);
        }
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process, url), name + "-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(name, process, url.get(STARTUP.toSeconds(), TimeUnit.SECONDS));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("The " + name + " did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Waits for the URL line and drains the rest. The output is not echoed: the sandbox's banner prints the
     * credentials it accepts.
     */
    private static void readOutput(Process process, CompletableFuture<String> url) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher matcher = LISTENING.matcher(line);
                if (!url.isDone() && matcher.find()) {
                    url.complete(matcher.group(1));
                }
            }
        } catch (IOException e) {
            url.completeExceptionally(e);
        }
        url.completeExceptionally(new IllegalStateException("the process closed its output"));
    }

    public String name() {
        return name;
    }

    /** {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The root URL, where {@code /_sandbox/health} lives. */
    public String rootUrl() {
        return baseUrl.substring(0, baseUrl.length() - "/v1".length());
    }

    /** CPU time the server process has used so far (user and system), in nanoseconds. */
    public long cpuNanos() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("The OS does not report the CPU time of " + name))
                .toNanos();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
