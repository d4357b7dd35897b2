package io.github.camelhrflow.sandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Generates many varied, realistic jobs fast, for boards of thousands: every job has a reference,
 * a location, skills and a salary range; times spread over the 30 days before the clock's now,
 * with bursts that share one second (as bulk imports do) and a few archived jobs. The same seed
 * gives the same jobs on an equally filled board.
 */
final class JobSeeder {

    private static final String[] TITLES = { "Backend Engineer", "Data Engineer", "Product Manager", "UX Designer",
            "Sales Executive", "Nurse", "Warehouse Operator", "Accountant", "Customer Success Manager",
            "DevOps Engineer",
            "Electrician", "HR Business Partner", "Machine Learning Engineer", "Store Manager", "Truck Driver" };
    private static final String[] LEVELS = { "Junior", "", "Senior", "Lead", "Principal" };
    private static final String[][] CITIES = {
            { "Paris, France", "48.856614", "2.3522219" }, { "Lyon, France", "45.764043", "4.835659" },
            { "Berlin, Germany", "52.520008", "13.404954" }, { "Madrid, Spain", "40.416775", "-3.703790" },
            { "London, United Kingdom", "51.507351", "-0.127758" }, { "Remote", null, null } };
    private static final String[] SKILLS = { "Java", "Python", "SQL", "Kubernetes", "Negotiation", "Excel",
            "Communication", "Forklift license", "Figma", "Spark", "First aid", "Accounting" };
    private static final int SPREAD_SECONDS = 30 * 24 * 3600;

    private final JobStore store;

    JobSeeder(JobStore store) {
        this.store = store;
    }

    /** Adds {@code count} jobs to the board in one write; returns their keys in insertion order. */
    List<String> seed(String boardKey, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        Board board =
                store.board(boardKey).orElseThrow(() -> new IllegalArgumentException("Unknown board " + boardKey));
        // the board's size joins the seed, so seeding the same board twice adds new jobs
        Random random = new Random(seed * 31 + boardKey.hashCode() * 17L + store.jobKeys(boardKey).size());
        Instant now = store.clock().now();
        long firstId = store.reserveIds(count);
        // each tree becomes compact text at once: 100,000 trees at a time would need about 500 MB
        List<StoredJob> jobs = new ArrayList<>(count);
        List<String> keys = new ArrayList<>(count);
        Instant previous = now.minusSeconds(random.nextInt(SPREAD_SECONDS));
        for (int i = 0; i < count; i++) {
            // one job in five shares the previous job's second, as a bulk import does
            Instant created = random.nextInt(5) == 0 ? previous : now.minusSeconds(random.nextInt(SPREAD_SECONDS));
            Instant updated = random.nextBoolean() ? created
                    : min(now, created.plus(Duration.ofSeconds(random.nextInt(10 * 24 * 3600))));
            previous = created;
            StoredJob job = StoredJob.of(job(random, board, firstId + i, created, updated));
            jobs.add(job);
            keys.add(job.key());
        }
        store.addAll(boardKey, jobs);
        return keys;
    }

    private static ObjectNode job(Random random, Board board, long id, Instant created, Instant updated) {
        String key = JobStore.hexKey(random.nextLong(), random.nextLong(), random.nextInt());
        String level = LEVELS[random.nextInt(LEVELS.length)];
        String title = (level.isEmpty() ? "" : level + " ") + TITLES[random.nextInt(TITLES.length)];
        String[] city = CITIES[random.nextInt(CITIES.length)];

        ObjectNode sent = Json.MAPPER.createObjectNode()
                .put("reference", "REF-" + key.substring(0, 12).toUpperCase())
                .put("name", title)
                .put("url", random.nextInt(4) == 0 ? null : "https://careers.example.com/jobs/" + key.substring(0, 8))
                .put("summary", title + " in " + city[0] + ". Join a team that ships every week.");
        ObjectNode location = sent.putObject("location").put("text", city[0]);
        location.set("lat", city[1] == null ? location.nullNode() : location.numberNode(new BigDecimal(city[1])));
        location.set("lng", city[2] == null ? location.nullNode() : location.numberNode(new BigDecimal(city[2])));
        location.putNull("gmaps");
        location.set("fields", random.nextBoolean() ? location.arrayNode() : location.nullNode());
        ArrayNode skills = sent.putArray("skills");
        for (int s = random.nextInt(4); s >= 0; s--) {
            ObjectNode skill =
                    skills.addObject().put("name", SKILLS[random.nextInt(SKILLS.length)]).put("type", "hard");
            // HrFlow's value is loosely typed: null, a number or a string
            switch (random.nextInt(3)) {
                case 0 -> skill.putNull("value");
                case 1 -> skill.put("value", BigDecimal.valueOf(random.nextInt(10) + 1, 1));
                default -> skill.put("value", "expert");
            }
        }
        sent.putArray("tags").addObject().put("name", "remote").put("value", city[1] == null);
        int salary = 25_000 + 1_000 * random.nextInt(60);
        sent.putArray("ranges_float").addObject().put("name", "salary").put("value_min", salary)
                .put("value_max", salary + 5_000).put("unit", "eur");

        Map<String, JsonNode> server = new HashMap<>();
        server.put("id", LongNode.valueOf(id));
        server.put("key", TextNode.valueOf(key));
        server.put("board_key", TextNode.valueOf(board.key()));
        server.put("board", JobStore.boardJson(board));
        server.put("created_at", TextNode.valueOf(Timestamps.format(created)));
        server.put("updated_at", TextNode.valueOf(Timestamps.format(updated)));
        if (random.nextInt(30) == 0) {
            server.put("archived_at", TextNode.valueOf(Timestamps.format(updated)));
        }
        return JobShape.arrange(sent, server);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
