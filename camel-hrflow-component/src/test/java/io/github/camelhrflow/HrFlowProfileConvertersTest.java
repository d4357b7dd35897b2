package io.github.camelhrflow;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Profile;
import io.github.camelhrflow.support.JsonTrees;
import io.github.camelhrflow.support.Samples;
import org.apache.camel.TypeConverter;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The generated converter loader lets a Profile go to files, queues and SQL as is, and come back from JSON text, bytes,
 * streams and maps, number text included.
 */
class HrFlowProfileConvertersTest extends CamelTestSupport {

    private static final String KEY = "5d2a14c7a47f8a6f48e72d296f7e2038c1bb4ce4";

    /** The real parsed profile (2023), as text. */
    private String json;
    private Profile profile;
    private TypeConverter converter;

    @BeforeEach
    void readProfile() throws Exception {
        json = Samples.tree(Samples.text(Samples.PARSED_PROFILE)).at("/data/profile").toString();
        converter = context.getTypeConverter();
        profile = converter.mandatoryConvertTo(Profile.class, json);
    }

    @Test
    void profileToJsonString() throws Exception {
        assertEquals(KEY, profile.getKey());
        assertNull(JsonTrees.firstDifference(json, converter.mandatoryConvertTo(String.class, profile)));
    }

    @Test
    void profileToBytesAndInputStream() throws Exception {
        byte[] bytes = converter.mandatoryConvertTo(byte[].class, profile);
        assertNull(JsonTrees.firstDifference(json, new String(bytes, StandardCharsets.UTF_8)));
        try (InputStream in = converter.mandatoryConvertTo(InputStream.class, profile)) {
            assertNull(JsonTrees.firstDifference(json, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void profileToMapUsesHrFlowFieldNamesAndExactNumbers() throws Exception {
        Map<?, ?> map = converter.mandatoryConvertTo(Map.class, profile);
        assertEquals(KEY, map.get("key"));
        assertEquals(profile.getSourceKey(), map.get("source_key"));
        assertEquals("jordan.sample@example.com", ((Map<?, ?>) map.get("info")).get("email"));
        Map<?, ?> location = (Map<?, ?>) ((Map<?, ?>) map.get("info")).get("location");
        assertEquals(profile.getInfo().getLocation().getLat(), location.get("lat"));
        assertEquals(profile.getInfo().getLocation().getLat().toString(), location.get("lat").toString());
        assertEquals("SolarCity", ((Map<?, ?>) ((List<?>) map.get("experiences")).get(0)).get("company"));
        assertNull(JsonTrees.firstDifference(json, HrFlowJson.mapper().writeValueAsString(map)));
    }

    @Test
    void jsonBytesStreamsAndMapsBackToProfile() throws Exception {
        Profile fromBytes = converter.mandatoryConvertTo(Profile.class, json.getBytes(StandardCharsets.UTF_8));
        Profile fromStream = converter.mandatoryConvertTo(Profile.class,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        Profile fromMap = converter.mandatoryConvertTo(Profile.class, converter.mandatoryConvertTo(Map.class, profile));

        for (Profile back : List.of(fromBytes, fromStream, fromMap)) {
            assertEquals(KEY, back.getKey());
            assertNull(JsonTrees.firstDifference(json, converter.mandatoryConvertTo(String.class, back)));
        }
    }

    @Test
    void numbersComeBackWithTheirText() throws Exception {
        String numbers = "{\"key\":\"k\",\"experiences_duration\":1.0,\"educations_duration\":0,"
                         + "\"tags\":[{\"name\":\"n\",\"value\":1e3}],\"labels\":[{\"rating\":4.50}]}";
        Profile read = converter.mandatoryConvertTo(Profile.class, numbers);

        assertEquals(new BigDecimal("1.0"), read.getExperiencesDuration());
        assertNull(JsonTrees.firstDifference(numbers, converter.mandatoryConvertTo(String.class, read)));
        Profile viaMap = converter.mandatoryConvertTo(Profile.class, converter.mandatoryConvertTo(Map.class, read));
        assertNull(JsonTrees.firstDifference(numbers, converter.mandatoryConvertTo(String.class, viaMap)));
    }

    @Test
    void fileEndpointTakesAProfileAsIs() throws Exception {
        Path dir = Files.createTempDirectory("hrflow-profile-converters");
        template.sendBodyAndHeader("file:" + dir, profile, "CamelFileName", "profile.json");
        assertNull(JsonTrees.firstDifference(json, Files.readString(dir.resolve("profile.json"))));
    }
}
