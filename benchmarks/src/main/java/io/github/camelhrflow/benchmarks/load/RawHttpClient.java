package io.github.camelhrflow.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The least a client can do per request: one keep-alive socket per thread, a request encoded in advance, the answer's
 * head parsed for its length and the body read and thrown away. Used to find the server's ceiling, not as a variant.
 */
public final class RawHttpClient implements AutoCloseable {

    private final String host;
    private final int port;
    private final String headers;
    private final List<Connection> connections = new ArrayList<>();
    private final ThreadLocal<Connection> connection = ThreadLocal.withInitial(this::connect);

    /**
     * @param rootUrl {@code http://host:port}
     * @param headers extra request header lines, each ending in CRLF
     */
    public RawHttpClient(String rootUrl, String headers) {
        URI uri = URI.create(rootUrl);
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.headers = headers;
    }

    /** Encodes a GET for {@code pathAndQuery}; encode once, send many times. */
    public byte[] request(String pathAndQuery) {
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Sends a request on this thread's connection and reads the whole answer.
     *
     * @return the HTTP status
     */
    public int send(byte[] request) throws IOException {
        return connection.get().exchange(request);
    }

    private Connection connect() {
        try {
            Connection created = new Connection(new Socket(host, port));
            synchronized (connections) {
                connections.add(created);
            }
            return created;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot connect to " + host + ":" + port, e);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (connections) {
            for (Connection c : connections) {
                c.socket.close();
            }
            connections.clear();
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] skip = new byte[64 * 1024];
        private final StringBuilder line = new StringBuilder(128);

        Connection(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            this.out = socket.getOutputStream();
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            String statusLine = readLine();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            String header;
            while (!(header = readLine()).isEmpty()) {
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Long.parseLong(header.substring(15).trim());
                }
            }
            if (length < 0) {
                throw new IOException("The raw client needs Content-Length answers");
            }
            while (length > 0) {
                int n = in.read(skip, 0, (int) Math.min(skip.length, length));
                if (n < 0) {
                    throw new IOException("The connection closed inside the body");
                }
                length -= n;
            }
            return status;
        }

        private String readLine() throws IOException {
            line.setLength(0);
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("The connection closed inside the answer's head");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }
}
