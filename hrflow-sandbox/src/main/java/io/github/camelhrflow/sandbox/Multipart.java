package io.github.camelhrflow.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;

/** A {@code multipart/form-data} body read into its parts with Apache Commons FileUpload's streaming parser. */
final class Multipart {

    private Multipart() {
    }

    /**
     * One part.
     *
     * @param fileName    the part's file name, null for a plain form field
     * @param contentType the part's own {@code Content-Type}, null when it has none (HrFlow's SDK sends none)
     */
    record Part(String name, String fileName, String contentType, byte[] bytes) {

        boolean isFile() {
            return fileName != null;
        }

        /** The part's bytes as UTF-8 text. */
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The bytes as text when they are valid UTF-8 without NUL characters (a text file), else null. */
        String textIfText() {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return text.indexOf('\0') >= 0 ? null : text;
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        RecordedRequest.Part recorded() {
            return new RecordedRequest.Part(name, fileName, contentType, bytes.length, isFile() ? null : text());
        }
    }

    /** Whether the request says its body is {@code multipart/form-data}. */
    static boolean isMultipart(ApiRequest request) {
        String type = request.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * The parts, in request order.
     *
     * @throws ApiException 400 when the body is not well-formed multipart
     */
    static List<Part> parse(ApiRequest request) {
        List<Part> parts = new ArrayList<>();
        try {
            FileItemInputIterator items = new Upload().getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                try (InputStream in = item.getInputStream()) {
                    parts.add(new Part(item.getFieldName(), item.isFormField() ? null : item.getName(),
                            item.getContentType(), in.readAllBytes()));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw ApiException.badRequest("Invalid parameters. The body is not valid multipart/form-data: "
                                          + e.getMessage());
        }
        return parts;
    }

    /** The library's upload over the sandbox's request, whose body is already in memory. */
    private static final class Upload extends AbstractFileUpload<ApiRequest, DiskFileItem, DiskFileItemFactory> {

        Upload() {
            setHeaderCharset(StandardCharsets.UTF_8);
        }

        @Override
        public FileItemInputIterator getItemIterator(ApiRequest request) throws FileUploadException, IOException {
            return getItemIterator(context(request));
        }

        @Override
        public List<DiskFileItem> parseRequest(ApiRequest request) throws FileUploadException {
            throw new UnsupportedOperationException("the sandbox streams the parts");
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(ApiRequest request) throws FileUploadException {
            throw new UnsupportedOperationException("the sandbox streams the parts");
        }

        private static RequestContext context(ApiRequest request) {
            return new RequestContext() {
                @Override
                public String getCharacterEncoding() {
                    return StandardCharsets.UTF_8.name();
                }

                @Override
                public long getContentLength() {
                    return request.body().length;
                }

                @Override
                public String getContentType() {
                    return request.header("Content-Type");
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(request.body());
                }

                @Override
                public boolean isMultipartRelated() {
                    return false;
                }
            };
        }
    }
}
