package io.github.camelhrflow.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The excerpt an error message quotes is exactly the first bytes of the body, however the parser read them.
 */
class ExcerptInputStreamTest {

    private static final String BODY = "<html><head><title>502 Bad Gateway</title></head></html>";

    @Test
    void byteByByteReadsKeepTheFirstBytesOnlyWhateverTheyAre() throws IOException {
        // a NUL is a byte like any other: a binary body is quoted as it came
        String body = "\u0000binary\u0000" + BODY;
        ExcerptInputStream in = new ExcerptInputStream(stream(body), 10);

        StringBuilder passedOn = new StringBuilder();
        for (int b = in.read(); b >= 0; b = in.read()) {
            passedOn.append((char) b);
        }

        assertEquals(body, passedOn.toString(), "the whole body still reaches the parser");
        assertEquals(body.substring(0, 10), in.excerpt());
    }

    @Test
    void chunksThatStraddleTheExcerptSizeKeepTheFirstBytesOnly() throws IOException {
        ExcerptInputStream in = new ExcerptInputStream(stream(BODY), 10);
        byte[] buffer = new byte[BODY.length() + 8];

        int first = in.read(buffer, 4, 6);
        int second = in.read(buffer, 4 + first, 7);
        int rest = in.read(buffer, 4 + first + second, buffer.length - 4 - first - second);

        assertEquals(BODY.length(), first + second + rest);
        assertEquals(-1, in.read(buffer, 0, 1));
        assertArrayEquals(BODY.getBytes(StandardCharsets.UTF_8),
                Arrays.copyOfRange(buffer, 4, 4 + BODY.length()));
        assertEquals(BODY.substring(0, 10), in.excerpt());
    }

    @Test
    void aBodyShorterThanTheExcerptIsKeptWhole() throws IOException {
        ExcerptInputStream in = new ExcerptInputStream(stream("{\"a\":"), 200);

        in.readAllBytes();

        assertEquals("{\"a\":", in.excerpt());
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
