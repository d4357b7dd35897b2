package io.github.camelhrflow.producer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * A CV file as Camel carries one, before it is read: a file on disk ({@code GenericFile} of a file consumer,
 * {@code File}, {@code Path}), bytes in memory, or a stream. Reading happens in {@link #prepare(boolean)}, on a worker
 * thread, never on the route's.
 */
final class CvFile {

    static final String DEFAULT_NAME = "resume";
    private static final String OCTET_STREAM = "application/octet-stream";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("rtf", "application/rtf"), Map.entry("txt", "text/plain"), Map.entry("html", "text/html"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("bmp", "image/bmp"), Map.entry("msg", "application/vnd.ms-outlook"));

    private final String name;
    private Path path;
    private final byte[] bytes;
    private final InputStream stream;
    private Path spooled;
    private String sha256;

    private CvFile(String name, Path path, byte[] bytes, InputStream stream) {
        this.name = name;
        this.path = path;
        this.bytes = bytes;
        this.stream = stream;
    }

    /**
     * The message's file, not read yet.
     *
     * @throws IllegalArgumentException when the body is not a file
     */
    static CvFile of(Exchange exchange) {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        String header = message.getHeader(Exchange.FILE_NAME, String.class);
        Object content = body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file ? file : body;
        if (content instanceof WrappedFile<?> wrapped && wrapped.getBody() != null) {
            content = wrapped.getBody();
        }
        Path path = content instanceof File file ? file.toPath() : content instanceof Path p ? p : null;
        String name = lastSegment(header != null && !header.isBlank() ? header
                : path != null && path.getFileName() != null ? path.getFileName().toString() : DEFAULT_NAME);
        if (path != null) {
            return new CvFile(name, path, null, null);
        }
        if (content instanceof byte[] data) {
            return new CvFile(name, null, data, null);
        }
        InputStream stream = content == null ? null
                : exchange.getContext().getTypeConverter().tryConvertTo(InputStream.class, exchange, content);
        if (stream == null) {
            throw new IllegalArgumentException("The body of hrflow:profile-parsing must be a CV file: a file from a"
                                               + " file, ftp or other file consumer, a java.io.File, a Path, a byte[]"
                                               + " or an InputStream; got "
                                               + (body == null ? "no body" : body.getClass().getName()));
        }
        if (stream instanceof StreamCache cache) {
            // a redelivered exchange reads its cached stream again from the start
            cache.reset();
        }
        return new CvFile(name, null, null, stream);
    }

    private static String lastSegment(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return last.isBlank() ? DEFAULT_NAME : last;
    }

    /**
     * Reads what has to be read before the upload, from disk where the file is: a stream is copied once to a temporary
     * file, its SHA-256 computed on the way; a file on disk is read once for its SHA-256 when {@code hash} asks, and
     * read again, streamed, by the upload.
     */
    void prepare(boolean hash) throws IOException {
        try {
            if (stream != null) {
                spooled = Files.createTempFile("hrflow-cv-", ".upload");
                try (InputStream in = stream;
                     DigestInputStream digest = new DigestInputStream(in, sha256Digest());
                     OutputStream out = Files.newOutputStream(spooled)) {
                    digest.transferTo(out);
                    sha256 = HexFormat.of().formatHex(digest.getMessageDigest().digest());
                }
                path = spooled;
            } else if (hash && bytes != null) {
                sha256 = HexFormat.of().formatHex(sha256Digest().digest(bytes));
            } else if (hash) {
                try (DigestInputStream digest = new DigestInputStream(Files.newInputStream(path), sha256Digest())) {
                    digest.transferTo(OutputStream.nullOutputStream());
                    sha256 = HexFormat.of().formatHex(digest.getMessageDigest().digest());
                }
            } else if (!Files.isRegularFile(path)) {
                throw new IOException("no such file");
            }
        } catch (IOException e) {
            throw new IOException("Cannot read the CV file " + name + ": " + e, e);
        }
    }

    /** The lowercase hex SHA-256 of the file's bytes; after {@link #prepare(boolean)} asked for it. */
    String sha256() {
        return sha256;
    }

    /** The file on disk, or {@code null} when the file is in memory ({@link #bytes()}). */
    Path path() {
        return path;
    }

    byte[] bytes() {
        return bytes;
    }

    String name() {
        return name;
    }

    /** The content type the file's name tells, {@code application/octet-stream} when it tells none. */
    String contentType() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? OCTET_STREAM
                : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), OCTET_STREAM);
    }

    /** Deletes the temporary copy of a stream, if one was made. */
    void release() {
        if (spooled != null) {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException e) {
                spooled.toFile().deleteOnExit();
            }
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
