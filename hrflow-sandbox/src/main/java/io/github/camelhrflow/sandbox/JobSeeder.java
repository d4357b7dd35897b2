package io.github.camelhrflow.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
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
final class JobSeeder extends ItemSeeder {

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
    JobSeeder(JobStore store) {
        super(store, Resource.JOB);
    }

    @Override
    ObjectNode item(Random random, ContainerInfo board, long id, Instant created, Instant updated) {
        return job(random, board, id, created, updated);
    }

    private static ObjectNode job(Random random, ContainerInfo board, long id, Instant created, Instant updated) {
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
        server.put("board", board.json());
        server.put("created_at", TextNode.valueOf(Timestamps.format(created)));
        server.put("updated_at", TextNode.valueOf(Timestamps.format(updated)));
        if (random.nextInt(30) == 0) {
            server.put("archived_at", TextNode.valueOf(Timestamps.format(updated)));
        }
        return ItemShape.JOB.arrange(sent, server);
    }
}
