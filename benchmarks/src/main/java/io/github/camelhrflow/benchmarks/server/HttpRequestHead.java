package io.github.camelhrflow.benchmarks.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.github.camelhrflow.sandbox.QueryParams;

/**
 * The request line and the few headers the job server looks at, read from a keep-alive connection.
 */
final class HttpRequestHead {

    private static final int MAX_LINE = 16 * 1024;

    String method;
    String path;
    /** The first value of each query parameter, decoded. */
    final Map<String, String> query = new HashMap<>();
    String apiKey;
    String userEmail;
    long contentLength;
    boolean chunked;
    boolean keepAlive;

    private final byte[] line = new byte[MAX_LINE];

    /**
     * Reads the next request head.
     *
     * @return false at the end of the stream before a request started
     * @throws IOException on a malformed or truncated request
     */
    boolean read(InputStream in) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null) {
            return false;
        }
        if (requestLine.isEmpty()) {
            // a stray CRLF between pipelined requests is allowed by RFC 9112
            requestLine = readLine(in);
        }
        parseRequestLine(requestLine);
        apiKey = null;
        userEmail = null;
        contentLength = 0;
        chunked = false;
        String header;
        while ((header = readLine(in)) != null && !header.isEmpty()) {
            parseHeader(header);
        }
        if (header == null) {
            throw new IOException("The connection closed inside the request head");
        }
        return true;
    }

    private void parseRequestLine(String requestLine) throws IOException {
        int firstSpace = requestLine.indexOf(' ');
        int lastSpace = requestLine.lastIndexOf(' ');
        if (firstSpace <= 0 || lastSpace == firstSpace) {
            throw new IOException("Bad request line");
        }
        method = requestLine.substring(0, firstSpace);
        String target = requestLine.substring(firstSpace + 1, lastSpace);
        // HTTP/1.1 keeps the connection open unless told otherwise; HTTP/1.0 closes it unless told otherwise
        keepAlive = requestLine.endsWith("HTTP/1.1");
        int query = target.indexOf('?');
        path = query < 0 ? target : target.substring(0, query);
        this.query.clear();
        if (query >= 0) {
            parseQuery(target.substring(query + 1));
        }
    }

    /** The sandbox's own parser decodes the query, so both servers read a request alike. */
    private void parseQuery(String rawQuery) {
        QueryParams.parse(rawQuery).asMap().forEach((name, values) -> this.query.putIfAbsent(name, values.get(0)));
    }

    private void parseHeader(String header) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
            return;
        }
        String name = header.substring(0, colon).trim();
        String value = header.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("X-API-KEY")) {
            apiKey = value;
        } else if (name.equalsIgnoreCase("X-USER-EMAIL")) {
            userEmail = value;
        } else if (name.equalsIgnoreCase("Content-Length")) {
            contentLength = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
            chunked = value.toLowerCase().contains("chunked");
        } else if (name.equalsIgnoreCase("Connection")) {
            String connection = value.toLowerCase();
            if (connection.contains("close")) {
                keepAlive = false;
            } else if (connection.contains("keep-alive")) {
                keepAlive = true;
            }
        }
    }

    /** A line without its CRLF (or bare LF); null at the end of the stream before any byte. */
    private String readLine(InputStream in) throws IOException {
        int length = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (length == line.length) {
                throw new IOException("Request line or header longer than " + MAX_LINE + " bytes");
            }
            line[length++] = (byte) b;
        }
        if (length == 0) {
            return null;
        }
        throw new IOException("The connection closed inside a line");
    }
}
