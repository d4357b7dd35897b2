package io.github.camelhrflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback socket server that plays HTTP by hand, one request per connection, for the breaks WireMock does not make
 * (see {@code HrFlowBrokenConnectionFaultTest}): a reset after a complete response head, a chunk cut short, silence
 * after the head.
 */
public final class RawHttpServer implements AutoCloseable {

    /** Serves one connection; {@code connection} counts from 0 in the order connections were accepted. */
    @FunctionalInterface
    public interface Script {
        void serve(Socket socket, int connection) throws IOException;
    }

    private final ServerSocket serverSocket;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean closed;

    public RawHttpServer(Script script) throws IOException {
        serverSocket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(() -> acceptLoop(script), "raw-http-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/v1";
    }

    public int connections() {
        return accepted.get();
    }

    private void acceptLoop(Script script) {
        while (!closed) {
            try {
                Socket socket = serverSocket.accept();
                int index = accepted.getAndIncrement();
                open.add(socket);
                Thread worker = new Thread(() -> serve(socket, script, index), "raw-http-" + index);
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void serve(Socket socket, Script script, int index) {
        try {
            skipHead(socket.getInputStream());
            script.serve(socket, index);
        } catch (IOException e) {
            // the client gave up first, which some scripts expect
        } finally {
            closeQuietly(socket);
            open.remove(socket);
        }
    }

    /** Reads the request up to its blank line: the component's GETs have no body. */
    private static void skipHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = { '\r', '\n', '\r', '\n' };
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
    }

    /** A complete {@code Connection: close} response head for a JSON body of {@code contentLength} bytes. */
    public static byte[] jsonHead(int contentLength) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + contentLength
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    public static void write(Socket socket, byte[]... parts) throws IOException {
        OutputStream out = socket.getOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        out.flush();
    }

    /** Closes with an RST instead of a FIN: linger 0 makes the kernel drop the connection at once. */
    public static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    /** Holds the connection open, silent, until the client or the test closes it. */
    public static void stall(Socket socket) throws IOException {
        while (socket.getInputStream().read() >= 0) {
            // discard; a read returning -1 or failing means the client went away
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        serverSocket.close();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }
}
