package io.github.camelhrflow.client;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.hc.client5.http.entity.mime.ByteArrayBody;
import org.apache.hc.client5.http.entity.mime.ContentBody;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * One CV file to upload to {@code POST /profile/parsing/file}, and the form fields that go with it.
 *
 * @param sourceKey   the source the profile goes to
 * @param fileName    the name HrFlow sees (the multipart part's file name)
 * @param contentType the file part's content type, e.g. {@code application/pdf}
 * @param file        the file on disk, streamed when the request is sent; {@code null} when {@code bytes} is given
 * @param bytes       the file's content already in memory; {@code null} when {@code file} is given
 * @param reference   the profile's reference in the source
 * @param syncParsing whether to ask HrFlow to parse at once ({@code sync_parsing=1})
 * @param tags        JSON array text, or {@code null} to leave the field out
 * @param metadatas   JSON array text, or {@code null} to leave the field out
 * @param labels      JSON array text, or {@code null} to leave the field out
 */
public record ParsingUpload(String sourceKey, String fileName, String contentType, Path file, byte[] bytes,
                            String reference, boolean syncParsing, String tags, String metadatas, String labels) {

    private static final ContentType TEXT = ContentType.create("text/plain", StandardCharsets.UTF_8);

    public ParsingUpload {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(reference, "reference");
        if ((file == null) == (bytes == null)) {
            throw new IllegalArgumentException("give either a file or its bytes");
        }
    }

    /**
     * The multipart body, in the field order of HrFlow's SDK. A file on disk is not read here: the entity streams it
     * while the request is written, and can write it again (it is repeatable).
     */
    HttpEntity entity() {
        ContentType type = ContentType.parse(contentType);
        ContentBody content = file != null
                ? new FileBody(file.toFile(), type, fileName) : new ByteArrayBody(bytes, type, fileName);
        MultipartEntityBuilder builder = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.LEGACY)
                .setCharset(StandardCharsets.UTF_8)
                .addTextBody("source_key", sourceKey, TEXT)
                .addTextBody("reference", reference, TEXT);
        field(builder, "tags", tags);
        field(builder, "metadatas", metadatas);
        field(builder, "labels", labels);
        return builder.addTextBody("sync_parsing", syncParsing ? "1" : "0", TEXT)
                .addPart("file", content)
                .build();
    }

    private static void field(MultipartEntityBuilder builder, String name, String value) {
        if (value != null) {
            builder.addTextBody(name, value, TEXT);
        }
    }

    @Override
    public String toString() {
        return "ParsingUpload[sourceKey=" + sourceKey + ", fileName=" + fileName + ", reference=" + reference + "]";
    }
}
