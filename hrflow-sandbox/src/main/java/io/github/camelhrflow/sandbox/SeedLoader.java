package io.github.camelhrflow.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fills a {@link JobStore} from seed files. A seed file is JSON in one of three shapes:
 * <ul>
 *   <li>a set of boards: {@code {"boards":[{"key":"..","name":"..","type":"api","subtype":"python",
 *       "environment":"production","jobs":[{..job..}]}]}}; only {@code key} and {@code name} are required;</li>
 *   <li>a GET answer captured from HrFlow: {@code {"code":200,"message":"Job details","data":{..job..}}};</li>
 *   <li>a bare job.</li>
 * </ul>
 * A file of boards may also hold sources with their profiles:
 * {@code {"sources":[{"key":"..","name":"..","sync_parsing":false,"profiles":[{..profile..}]}]}}.
 * The last two need the job's {@code board_key}; its board is created from the job's {@code board}
 * field when it does not exist yet. Jobs are stored verbatim.
 */
final class SeedLoader {

    private static final String RESOURCE_DIR = "/io/github/camelhrflow/sandbox/seed/";

    /** The seed on the classpath: demo and sample boards, then the benchmark board. */
    static final List<String> DEFAULT_SEED = List.of("default-seed.json", "benchmark-seed.json", "profiles-seed.json");

    private final JobStore store;

    SeedLoader(JobStore store) {
        this.store = store;
    }

    /** Loads the default seed from the classpath. */
    void loadDefaultSeed() {
        for (String name : DEFAULT_SEED) {
            String resource = RESOURCE_DIR + name;
            try (InputStream in = SeedLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing seed resource " + resource);
                }
                load(Json.MAPPER.readTree(in), resource);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read seed resource " + resource, e);
            }
        }
    }

    /** Loads one seed file, or every {@code *.json} file of a directory in file name order. */
    void load(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(this::loadFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list seed directory " + path, e);
            }
        } else {
            loadFile(path);
        }
    }

    private void loadFile(Path file) {
        try {
            load(Json.MAPPER.readTree(file.toFile()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + file, e);
        }
    }

    private void load(JsonNode root, String source) {
        try {
            if (root != null && (root.has("boards") || root.has("sources"))) {
                if (root.has("boards")) {
                    loadBoards(root.get("boards"));
                }
                if (root.has("sources")) {
                    loadSources(root.get("sources"));
                }
            } else if (root != null && root.path("data").isObject()) {
                loadJob(root.get("data"));
            } else {
                loadJob(root);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid seed " + source + ": " + e.getMessage(), e);
        }
    }

    private void loadBoards(JsonNode boards) {
        if (!boards.isArray()) {
            throw new IllegalArgumentException("\"boards\" must be an array");
        }
        for (JsonNode node : boards) {
            Board board = board(node);
            store.putBoard(board);
            for (JsonNode job : node.path("jobs")) {
                store.putJob(board.key(), asObject(job));
            }
        }
    }

    private void loadSources(JsonNode sources) {
        if (!sources.isArray()) {
            throw new IllegalArgumentException("\"sources\" must be an array");
        }
        for (JsonNode node : sources) {
            Source source = new Source(requiredText(node, "key"), requiredText(node, "name"), text(node, "type", null),
                    text(node, "subtype", null), text(node, "environment", null),
                    node.path("sync_parsing").asBoolean(false));
            store.putSource(source);
            for (JsonNode profile : node.path("profiles")) {
                store.putProfile(source.key(), asObject(profile));
            }
        }
    }

    private void loadJob(JsonNode node) {
        ObjectNode job = asObject(node);
        String boardKey = requiredText(job, "board_key");
        if (!store.hasBoard(boardKey)) {
            JsonNode described = job.path("board");
            store.putBoard(described.isObject()
                    ? new Board(boardKey, text(described, "name", boardKey), text(described, "type", null),
                            text(described, "subtype", null), text(described, "environment", null))
                    : Board.of(boardKey, boardKey));
        }
        store.putJob(boardKey, job);
    }

    private static Board board(JsonNode node) {
        return new Board(requiredText(node, "key"), requiredText(node, "name"), text(node, "type", null),
                text(node, "subtype", null), text(node, "environment", null));
    }

    private static ObjectNode asObject(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a job or a profile must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private static String requiredText(JsonNode node, String field) {
        String value = text(node, field, null);
        if (value == null) {
            throw new IllegalArgumentException("missing textual \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : fallback;
    }
}
