package io.github.camelhrflow.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Generates many varied profiles of fictional people fast: invented first and last names (combined at
 * random, so they name no one), {@code example.com} e-mails, {@code +1 555 01xx} phone numbers (reserved
 * for fiction), a location, a summary, one or two experiences, skills and a reference each; a few
 * archived. The same seed gives the same profiles on an equally filled source.
 */
final class ProfileSeeder extends ItemSeeder {

    private static final String[] FIRST_NAMES = { "Ada", "Bram", "Cleo", "Dario", "Elin", "Farid", "Greta", "Hugo",
            "Ines", "Jonas", "Kaia", "Liam", "Mira", "Nils", "Oona", "Pavel", "Quinn", "Rosa", "Soren", "Talia" };
    private static final String[] LAST_NAMES = { "Ashgrove", "Brindle", "Copperfield", "Dunmore", "Elderberry",
            "Fernhill", "Glenwright", "Hollowell", "Ivybridge", "Juniper", "Kestrel", "Larkspur", "Moorfield",
            "Nettlebed", "Oakhurst", "Pebblestone", "Quillon", "Rookwood", "Sallowmere", "Thistledown" };
    private static final String[] TITLES = { "Backend Engineer", "Data Analyst", "Nurse", "Accountant",
            "Sales Representative", "Warehouse Operator", "UX Designer", "Electrician", "Teacher", "Project Manager" };
    private static final String[] COMPANIES = { "Example Corp", "Sample Logistics", "Demo Health", "Placeholder Bank",
            "Fictional Foods", "Imaginary Retail" };
    private static final String[][] CITIES = {
            { "Paris, France", "48.856614", "2.3522219" }, { "Lyon, France", "45.764043", "4.835659" },
            { "Berlin, Germany", "52.520008", "13.404954" }, { "Madrid, Spain", "40.416775", "-3.703790" },
            { "London, United Kingdom", "51.507351", "-0.127758" } };
    private static final String[] SKILLS = { "Java", "Python", "SQL", "Excel", "Negotiation", "First aid",
            "Figma", "Forklift license", "Accounting", "Communication" };

    ProfileSeeder(JobStore store) {
        super(store, Resource.PROFILE);
    }

    @Override
    ObjectNode item(Random random, ContainerInfo source, long id, Instant created, Instant updated) {
        String key = JobStore.hexKey(random.nextLong(), random.nextLong(), random.nextInt());
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        String title = TITLES[random.nextInt(TITLES.length)];
        String[] city = CITIES[random.nextInt(CITIES.length)];
        String email = (first + "." + last).toLowerCase(Locale.ROOT) + "." + key.substring(0, 6) + "@example.com";
        String summary = title + " based in " + city[0] + ".";

        ObjectNode sent = Json.MAPPER.createObjectNode().put("reference", "PRF-" + key.substring(0, 12)
                .toUpperCase(Locale.ROOT));
        ObjectNode info = sent.putObject("info").put("full_name", first + " " + last).put("first_name", first)
                .put("last_name", last).put("email", email)
                .put("phone", "+1555010" + String.format(Locale.ROOT, "%04d", random.nextInt(100)))
                .putNull("date_birth");
        ObjectNode location = info.putObject("location").put("text", city[0]);
        location.set("lat", location.numberNode(new BigDecimal(city[1])));
        location.set("lng", location.numberNode(new BigDecimal(city[2])));
        location.putNull("gmaps");
        location.putNull("fields");
        info.putArray("urls");
        info.putNull("picture").putNull("gender").put("summary", summary);
        sent.put("text_language", "en").put("text", first + " " + last + "\n" + summary + "\n" + email);
        int years = 1 + random.nextInt(15);
        sent.put("experiences_duration", years).put("educations_duration", 3);
        ArrayNode experiences = sent.putArray("experiences");
        for (int e = random.nextInt(2); e >= 0; e--) {
            ObjectNode experience = experiences.addObject()
                    .put("key", JobStore.hexKey(random.nextLong(), random.nextLong(), random.nextInt()))
                    .put("company", COMPANIES[random.nextInt(COMPANIES.length)]).put("title", title)
                    .put("description", "Worked as " + title.toLowerCase(Locale.ROOT) + ".")
                    .put("date_start", (2024 - years - e) + "-01-01T00:00:00");
            experience.set("date_end", e == 0 ? experience.nullNode() : experience.textNode("2024-01-01T00:00:00"));
        }
        sent.putArray("educations");
        ArrayNode skills = sent.putArray("skills");
        for (int s = random.nextInt(3); s >= 0; s--) {
            skills.addObject().put("name", SKILLS[random.nextInt(SKILLS.length)]).put("type", "hard").putNull("value");
        }
        for (String list : new String[] { "languages", "certifications", "courses", "tasks", "interests", "labels" }) {
            sent.putArray(list);
        }
        sent.putArray("tags").addObject().put("name", "origin").put("value", "sandbox");
        sent.putArray("metadatas");

        Map<String, JsonNode> server = new HashMap<>();
        server.put("id", LongNode.valueOf(id));
        server.put("key", TextNode.valueOf(key));
        server.put("source_key", TextNode.valueOf(source.key()));
        server.put("source", source.json());
        server.put("created_at", TextNode.valueOf(Timestamps.format(created)));
        server.put("updated_at", TextNode.valueOf(Timestamps.format(updated)));
        server.put("attachments", Json.MAPPER.createArrayNode());
        if (random.nextInt(30) == 0) {
            server.put("archived_at", TextNode.valueOf(Timestamps.format(updated)));
        }
        return ItemShape.PROFILE.arrange(sent, server);
    }
}
