package io.github.camelhrflow.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.fuzz.FuzzCase.Expect;
import io.github.camelhrflow.support.Samples;

/**
 * Generates HrFlow answers from the real samples, reproducibly from a seed: first every field of every sample given
 * every wrong type, then random damage (deep nesting, huge strings, invalid UTF-8, numbers out of range, truncation,
 * byte flips, arrays for objects and the reverse, odd statuses, Content-Types and Retry-After values) until the
 * requested count is reached.
 */
final class HrFlowAnswerFuzzer {

    /** Values of the wrong type, or out of range, for any field. Raw JSON text, so that out-of-range numbers stay so. */
    private static final List<String> WRONG_VALUES = List.of("null", "\"\"", "\"x\"", "0", "-1", "2147483648",
            "9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "1e-400", "3.14", "true", "false", "[]",
            "[null]", "[1,\"a\",true,{}]", "{}", "{\"a\":{\"b\":[]}}", "\"2023-13-45T99:99:99+9999\"", "\"\\ud800\"");
    private static final List<String> EDGE_BODIES = List.of("", " ", "null", "[]", "{}", "\"x\"", "42", "true",
            "{\"data\":null}", "{\"code\":200}", "{\"code\":200,\"data\":{}}", "{\"code\":\"abc\",\"data\":{}}",
            "{\"code\":1e99,\"data\":{}}", "{\"code\":200,\"message\":{},\"data\":{}}", "{\"data\":[]}",
            "{\"data\":\"x\"}", "{\"data\":[{}]}", "{\"code\":404,\"data\":{}}", "{\"code\":-1,\"data\":{}}",
            "{\"code\":200,\"data\":{\"key\":null}}", "[{\"code\":200,\"data\":{}}]", "{\"data\":{}}{\"data\":{}}",
            "\uFEFF{\"code\":200,\"data\":{}}", "{\"code\":200,\"data\":{}} trailing", "/* c */ {\"data\":{}}",
            "{'data':{}}", "{\"data\":{},}", "{\"data\":NaN}", "{\"data\":{\"id\":0x10}}", "{\"data\":{\"id\":01}}");
    private static final int[] STATUSES = { 200, 201, 400, 401, 403, 404, 422, 429, 500, 502, 503 };
    private static final List<String> RETRY_AFTERS = List.of("0", "1", "-5", "abc", "", "99999999999999999999",
            "9223372036854775807", "9223372036854776", "Wed, 21 Oct 2015 07:28:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT", "Sun, 06 Nov 1994 08:49:37 GMT garbage");
    private static final List<String> CONTENT_TYPES = List.of("application/json; charset=utf-16",
            "application/json; charset=nonsense", "text/html", "text/plain", "application/problem+json",
            "APPLICATION/JSON", "application/octet-stream");

    private final ObjectMapper mapper = new ObjectMapper();
    private final SplittableRandom random;
    private final List<JsonNode> samples = new ArrayList<>();
    private final List<List<String>> samplePaths = new ArrayList<>();
    private final List<FuzzCase> cases = new ArrayList<>();

    HrFlowAnswerFuzzer(long seed) {
        this.random = new SplittableRandom(seed);
        Samples.JOBS.forEach(name -> samples.add(Samples.tree(Samples.text(name))));
        samples.forEach(sample -> samplePaths.add(paths(sample, "")));
    }

    List<FuzzCase> generate(int count) {
        for (String body : EDGE_BODIES) {
            add("edge body " + body, body.getBytes(StandardCharsets.UTF_8));
        }
        for (int s = 0; s < samples.size(); s++) {
            wrongTypeForEveryField(s);
        }
        while (cases.size() < count) {
            randomDamage();
        }
        return cases;
    }

    private void wrongTypeForEveryField(int s) {
        JsonNode sample = samples.get(s);
        String name = Samples.JOBS.get(s);
        for (String path : samplePaths.get(s)) {
            for (String wrong : WRONG_VALUES) {
                String marker = "\"@@FUZZ@@\"";
                JsonNode copy = sample.deepCopy();
                replace(copy, path, mapper.getNodeFactory().textNode("@@FUZZ@@"));
                add(name + " " + path + "=" + wrong, copy.toString().replace(marker, wrong)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void randomDamage() {
        int s = random.nextInt(samples.size());
        JsonNode sample = samples.get(s).deepCopy();
        List<String> paths = samplePaths.get(s);
        String path = paths.get(random.nextInt(paths.size()));
        switch (random.nextInt(12)) {
            case 0 -> {
                int depth = 10 + random.nextInt(3000);
                boolean arrays = random.nextBoolean();
                String nested = (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
                addWith(sample, path, nested, "nested " + depth + (arrays ? " arrays" : " objects"));
            }
            case 1 -> {
                // rarely, as they are costly: 64 KB to 2 MB of text
                if (random.nextInt(8) == 0) {
                    int size = 64 * 1024 + random.nextInt(2 * 1024 * 1024);
                    addWith(sample, path, "\"" + "x".repeat(size) + "\"", "string of " + size);
                }
            }
            case 2 -> add("invalid UTF-8 in " + path, insert(bytes(sample), invalidUtf8()));
            case 3 -> {
                byte[] body = bytes(sample);
                int length = random.nextInt(body.length);
                add("truncated at " + length, Arrays.copyOf(body, length), Expect.API_ERROR);
            }
            case 4 -> {
                byte[] body = bytes(sample);
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    body[random.nextInt(body.length)] ^= (byte) (1 << random.nextInt(8));
                }
                add(flips + " bit flips", body);
            }
            case 5 -> addWith(sample, path, outOfRangeNumber(), "number out of range at " + path);
            case 6 -> wrapOrUnwrap(sample, path);
            case 7 -> {
                remove(sample, path);
                add("without " + path, bytes(sample), path.equals("/data") ? Expect.API_ERROR : Expect.JOB);
            }
            case 8 -> {
                ObjectNode data = (ObjectNode) sample.path("data");
                int fields = 1 + random.nextInt(5000);
                for (int i = 0; i < fields; i++) {
                    data.put("unknown_" + i + "_" + "k".repeat(random.nextInt(50)), i);
                }
                add(fields + " unknown fields", bytes(sample), Expect.JOB);
            }
            case 9 -> add("control characters", insert(bytes(sample), new byte[] { 0, 1, 0x1f, '\n', '\t' }));
            case 10 -> addWith(sample, path, WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())), "random wrong "
                                                                                                    + path);
            default -> answerAround(sample);
        }
    }

    /** The same body under a surprising status, Content-Type or Retry-After. */
    private void answerAround(JsonNode sample) {
        int status = STATUSES[random.nextInt(STATUSES.length)];
        String contentType = random.nextInt(3) == 0 ? CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()))
                : "application/json";
        String retryAfter = RETRY_AFTERS.get(random.nextInt(RETRY_AFTERS.size()));
        if (random.nextBoolean()) {
            ((ObjectNode) sample).put("code", status);
        }
        boolean jobAnswer = status >= 200 && status < 300 && contentType.toLowerCase(Locale.ROOT).contains("json");
        cases.add(new FuzzCase(cases.size(), "answered " + status + " Retry-After '" + retryAfter + "'", status,
                contentType, Map.of("Retry-After", retryAfter), bytes(sample),
                jobAnswer ? Expect.JOB : Expect.API_ERROR));
    }

    private void wrapOrUnwrap(JsonNode sample, String path) {
        JsonNode node = find(sample, path);
        if (node.isArray() && node.size() > 0 && random.nextBoolean()) {
            replace(sample, path, node.get(0));
            add("first element for array " + path, bytes(sample));
        } else if (node.isArray()) {
            ObjectNode object = mapper.createObjectNode();
            for (int i = 0; i < node.size(); i++) {
                object.set(String.valueOf(i), node.get(i));
            }
            replace(sample, path, object);
            add("object for array " + path, bytes(sample));
        } else {
            ArrayNode array = mapper.createArrayNode().add(node.deepCopy());
            replace(sample, path, array);
            add("array for " + path, bytes(sample));
        }
    }

    private void addWith(JsonNode sample, String path, String rawJson, String mutation) {
        replace(sample, path, mapper.getNodeFactory().textNode("@@FUZZ@@"));
        add(mutation, sample.toString().replace("\"@@FUZZ@@\"", rawJson).getBytes(StandardCharsets.UTF_8));
    }

    private void add(String mutation, byte[] body) {
        add(mutation, body, Expect.EITHER);
    }

    private void add(String mutation, byte[] body, Expect expect) {
        cases.add(new FuzzCase(cases.size(), mutation, 200, "application/json", Map.of(), body, expect));
    }

    private String outOfRangeNumber() {
        return switch (random.nextInt(5)) {
            case 0 -> "9".repeat(20 + random.nextInt(2000));
            case 1 -> "-" + "9".repeat(20 + random.nextInt(300)) + ".5e-9999";
            case 2 -> "1e" + random.nextInt(100000);
            case 3 -> "0." + "0".repeat(random.nextInt(500)) + "1";
            default -> String.valueOf(Long.MIN_VALUE) + "0";
        };
    }

    private byte[] invalidUtf8() {
        byte[][] sequences = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF }, { (byte) 0xFE, (byte) 0xFF },
                { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xC0, (byte) 0xAF },
                { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 } };
        return sequences[random.nextInt(sequences.length)];
    }

    private byte[] insert(byte[] body, byte[] inserted) {
        int at = random.nextInt(body.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + inserted.length);
        out.write(body, 0, at);
        out.writeBytes(inserted);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static byte[] bytes(JsonNode tree) {
        return tree.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every node below the root, as paths like {@code /data/skills/0/value}. */
    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                paths.add(prefix + "/" + name);
                paths.addAll(paths(node.get(name), prefix + "/" + name));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.add(prefix + "/" + i);
                paths.addAll(paths(node.get(i), prefix + "/" + i));
            }
        }
        return paths;
    }

    private static JsonNode find(JsonNode root, String path) {
        return root.at(path);
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        int slash = path.lastIndexOf('/');
        ContainerNode<?> parent = (ContainerNode<?>) root.at(path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }

    private static void remove(JsonNode root, String path) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = root.at(path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else {
            ((ArrayNode) parent).remove(Integer.parseInt(last));
        }
    }
}
