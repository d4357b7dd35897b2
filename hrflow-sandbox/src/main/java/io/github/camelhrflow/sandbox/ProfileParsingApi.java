package io.github.camelhrflow.sandbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/profile/parsing/file}: a CV file in, a profile out, as a stand-in can. The sandbox checks
 * the protocol (multipart fields, source, reference, empty file, 201 or 202), not the quality of parsing:
 * a text file's text becomes the profile's {@code text} and its first line {@code info.summary}, the first
 * e-mail address in it {@code info.email}; any other file gives a profile whose {@code text} is the file name.
 */
final class ProfileParsingApi {

    static final String PATH = "/v1/profile/parsing/file";

    /** HrFlow's 2021 documentation, typo included. */
    static final String QUEUED_MESSAGE = "Your profile as been sent successfully to the Parsing Queue.";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final int SUMMARY_MAX = 300;

    private final JobStore store;
    private final ParseQueue queue;

    ProfileParsingApi(JobStore store, ParseQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    void register(Router router, Authenticator authenticator) {
        router.add("POST", PATH, authenticator.protect(this::parse));
    }

    private ApiResponse parse(ApiRequest request) {
        if (!Multipart.isMultipart(request)) {
            throw ApiException.badRequest("Invalid parameters. The body must be multipart/form-data");
        }
        Map<String, Multipart.Part> fields = new LinkedHashMap<>();
        for (Multipart.Part part : Multipart.parse(request)) {
            fields.putIfAbsent(part.name(), part);
        }
        String sourceKey = field(fields, "source_key");
        if (sourceKey == null) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: source_key");
        }
        ContainerInfo source = store.container(Resource.PROFILE, sourceKey)
                .orElseThrow(() -> ApiException.notFound("source"));
        Multipart.Part file = fields.get("file");
        if (file == null) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: file");
        }
        String fileName = file.fileName() != null && !file.fileName().isBlank() ? file.fileName() : "file";
        if (file.bytes().length == 0) {
            // HrFlow's wording for an empty file is unknown
            throw ApiException.badRequest("Invalid parameters. The file is empty: " + fileName);
        }
        String reference = field(fields, "reference");
        if (reference != null && (store.referenceTaken(Resource.PROFILE, sourceKey, reference)
                                  || queue.isWaiting(sourceKey, reference))) {
            throw ApiException.badRequest(Resource.PROFILE.referenceUsed(reference));
        }
        String text = file.textIfText();
        ObjectNode profile = profile(fields, reference, fileName, text);
        String hash = sha1(file.bytes());
        ObjectNode attachment = attachment(fileName, file.bytes().length, hash);
        ArrayNode attachments = Json.MAPPER.createArrayNode().add(attachment);
        if (!source.syncParsing()) {
            queue.submit(sourceKey, profile, attachments);
            return ApiResponse.withData(202, QUEUED_MESSAGE, Json.MAPPER.createArrayNode());
        }
        Duration delay = queue.delay();
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(503, "The sandbox is stopping");
            }
        }
        JobStore.Written written = store.create(Resource.PROFILE, sourceKey, profile, attachments);
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.set("profile", written.job());
        data.set("parsing", parsing(written.job(), fileName, file.bytes().length, hash, text));
        String message = String.format(Locale.ROOT,
                "Profile parsed successfully. Profile extraction finished in %.2f seconds.", delay.toMillis() / 1000.0);
        return ApiResponse.withData(201, message, data).withSeq(written.seq());
    }

    /** The profile the file gives, as a flat indexing body. */
    private static ObjectNode profile(Map<String, Multipart.Part> fields, String reference, String fileName,
                                      String text) {
        ObjectNode profile = Json.MAPPER.createObjectNode();
        profile.put("reference", reference);
        ObjectNode consent = profile.putObject("consent_algorithmic");
        for (String side : List.of("owner", "controller")) {
            ObjectNode flags = consent.putObject(side);
            List.of("parsing", "revealing", "embedding", "searching", "scoring", "reasoning")
                    .forEach(flag -> flags.put(flag, false));
        }
        String createdAt = field(fields, "created_at");
        if (createdAt != null) {
            profile.put("created_at", createdAt);
        }
        ObjectNode info = profile.putObject("info").putNull("full_name").putNull("first_name").putNull("last_name");
        info.put("email", text == null ? null : firstEmail(text)).putNull("phone").putNull("date_birth");
        info.putObject("location").putNull("text").putNull("lat").putNull("lng").putNull("gmaps").putNull("fields");
        info.putArray("urls");
        info.putNull("picture").putNull("gender").put("summary", text == null ? null : summary(text));
        profile.putNull("text_language").put("text", text != null ? text : fileName);
        profile.put("experiences_duration", 0).put("educations_duration", 0);
        for (String list : List.of("experiences", "educations", "skills", "languages", "certifications", "courses",
                "tasks", "interests")) {
            profile.putArray(list);
        }
        ArrayNode tags = jsonArray(fields, "tags");
        // HrFlow adds this tag to the tags a parsed file was sent with
        tags.addObject().put("name", "referrer").putNull("value");
        profile.set("tags", tags);
        profile.set("metadatas", jsonArray(fields, "metadatas"));
        profile.set("labels", jsonArray(fields, "labels"));
        return profile;
    }

    private static ObjectNode parsing(ObjectNode profile, String fileName, int size, String hash, String text) {
        ObjectNode parsing = Json.MAPPER.createObjectNode();
        parsing.put("key", profile.path("key").asText()).put("content_uid", hash).put("file_name", fileName)
                .put("file_size", size).put("total_pages", 1).put("processed_pages", 1)
                .put("text", profile.path("text").asText()).putNull("text_language")
                .put("summary", text == null ? null : summary(text)).putNull("gender").putNull("picture");
        ArrayNode emails = parsing.putArray("emails");
        if (text != null && firstEmail(text) != null) {
            emails.add(firstEmail(text));
        }
        for (String list : List.of("persons", "phones", "urls", "experiences", "educations", "skills", "languages",
                "certifications", "courses", "tasks", "interests", "images")) {
            parsing.putArray(list);
        }
        return parsing;
    }

    private static ObjectNode attachment(String fileName, int size, String hash) {
        int dot = fileName.lastIndexOf('.');
        ObjectNode attachment = Json.MAPPER.createObjectNode().put("type", "original").put("alt", hash)
                .put("file_size", size).put("file_name", "original").put("original_file_name", fileName);
        attachment.put("extension", dot > 0 ? fileName.substring(dot).toLowerCase(Locale.ROOT) : null);
        // HrFlow answers a storage URL; the sandbox stores no file
        attachment.putNull("public_url");
        return attachment;
    }

    /** The first non-blank line, trimmed and cut to a sensible length. */
    private static String summary(String text) {
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                return trimmed.length() <= SUMMARY_MAX ? trimmed : trimmed.substring(0, SUMMARY_MAX);
            }
        }
        return null;
    }

    private static String firstEmail(String text) {
        Matcher matcher = EMAIL.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    /** {@code tags}, {@code metadatas}, {@code labels}: JSON arrays sent as text ({@code "[]"} by the SDK). */
    private static ArrayNode jsonArray(Map<String, Multipart.Part> fields, String name) {
        String value = field(fields, name);
        if (value == null) {
            return Json.MAPPER.createArrayNode();
        }
        try {
            JsonNode parsed = Json.MAPPER.readTree(value);
            if (parsed != null && parsed.isArray()) {
                return (ArrayNode) parsed;
            }
            // HrFlow's connectors sometimes send metadatas as "{}": taken as none
            if (parsed != null && parsed.isObject() && parsed.isEmpty()) {
                return Json.MAPPER.createArrayNode();
            }
        } catch (JsonProcessingException e) {
            // answered below
        }
        throw ApiException.badRequest("Invalid parameters. " + name + " must be a JSON array, got: " + value);
    }

    /** A plain field's text, null when absent or empty. */
    private static String field(Map<String, Multipart.Part> fields, String name) {
        Multipart.Part part = fields.get(name);
        if (part == null || part.isFile()) {
            return null;
        }
        String value = part.text();
        return value.isEmpty() ? null : value;
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
