package io.github.camelhrflow.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes a body through to the JSON parser while keeping its first bytes, so that a body that turns out not to be
 * JSON can be shown in the error without buffering the whole of every good one.
 */
final class ExcerptInputStream extends FilterInputStream {

    private final byte[] head;
    private int headLength;

    ExcerptInputStream(InputStream in, int excerptSize) {
        super(in);
        this.head = new byte[excerptSize];
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && headLength < head.length) {
            head[headLength++] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        // nothing to keep at the end of the stream (n is -1) or once the excerpt is full
        int kept = Math.max(0, Math.min(n, head.length - headLength));
        System.arraycopy(buffer, offset, head, headLength, kept);
        headLength += kept;
        return n;
    }

    /** The first bytes read so far, as text. */
    String excerpt() {
        return new String(head, 0, headLength, StandardCharsets.UTF_8);
    }
}
