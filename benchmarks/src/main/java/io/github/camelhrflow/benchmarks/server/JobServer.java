package io.github.camelhrflow.benchmarks.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lean HrFlow job server for benchmarks: it replays the sandbox's recorded answers over keep-alive HTTP/1.1, one
 * blocking thread per connection, one socket write per answer. Its cost per request is a fraction of the sandbox's
 * (which serializes each job anew through the JDK HTTP server), so on a shared machine the clients get the CPU.
 * <p>
 * Run it in its own JVM with {@code --port N} (0 for a free port); it prints {@code listening on http://...} and
 * exits when its standard input closes, so it never outlives the benchmark that started it.
 */
public final class JobServer implements AutoCloseable {

    private static final int BACKLOG = 1024;

    private final RecordedAnswers answers;
    private final ServerSocket serverSocket;
    private final AtomicInteger connections = new AtomicInteger();

    private JobServer(RecordedAnswers answers, int port) throws IOException {
        this.answers = answers;
        this.serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
    }

    /** Binds 127.0.0.1:{@code port} and starts accepting connections. */
    public static JobServer start(RecordedAnswers answers, int port) {
        try {
            JobServer server = new JobServer(answers, port);
            daemon(server::acceptLoop, "job-server-accept").start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the job server to port " + port, e);
        }
    }

    /** {@code http://127.0.0.1:PORT/v1}, the base URL the clients are given. */
    public String baseUrl() {
        return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/v1";
    }

    /** Connections accepted since start; each is served until the client closes it. */
    public long acceptedConnections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                daemon(new JobServerConnection(socket, answers), "job-server-" + connections.incrementAndGet()).start();
            } catch (IOException e) {
                // closed by close(): the loop ends
            }
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    public static void main(String[] args) throws IOException {
        int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 0;
        JobServer server = start(RecordedAnswers.recordDefaultSeed(), port);
        System.out.println("JobServer listening on " + server.baseUrl());
        System.out.flush();
        // the parent holds our stdin: its end (normal or not) is ours
        while (System.in.read() != -1) {
            // discard
        }
        server.close();
        System.exit(0);
    }
}
