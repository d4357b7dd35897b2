package io.github.camelhrflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Education;
import io.github.camelhrflow.model.Experience;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.model.NamedValue;
import io.github.camelhrflow.model.Profile;
import io.github.camelhrflow.model.ProfileUrl;
import io.github.camelhrflow.model.StoredObject;
import io.github.camelhrflow.support.JsonTrees;
import io.github.camelhrflow.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A profile read and written back as JSON is what HrFlow sent, number text included ({@link JsonTrees}: only field
 * order and white space may differ), for every profile sample and for loose values in every place the model has one.
 */
class ProfileModelRoundTripTest {

    /** A profile with numbers written every way JSON allows, loose values and unknown fields at every level. */
    private static final String LOOSE = """
            {"id":14945487,"key":"k","reference":null,"archive":-0,"archived_at":null,"shiny_new_field":[1e3,{"x":-0}],
             "source":{"key":"s","name":"n","type":"api","subtype":"python","environment":"production","id":7},
             "consent_algorithmic":{"owner":{"parsing":true,"upskilling":false},"controller":{"scoring":null}},
             "info":{"full_name":null,"date_birth":"1990-08-09T00:00:00+0000","nickname":"JS",
                     "location":{"text":"LA","lat":34.053570000000036,"lng":-118.24544999999995,"gmaps":null,
                                 "fields":{"postcode":90001,"text":"LA"}},
                     "urls":[{"type":"from_resume","url":[]},{"type":"linkedin","url":null},
                             {"type":"github","url":"https://github.com/x","verified":true}]},
             "experiences_duration":0.2493150684931507,"educations_duration":1.0,
             "experiences":[{"key":"e","company":"C","title":"","location":{"text":null,"lat":null,"lng":null,
                             "gmaps":null,"fields":[]},"date_start":"2002-04-01T00:00:00","date_end":null,
                             "skills":[{"name":"sql","type":"hard","value":0.90}],"tasks":null,"hard_skills":[]}],
             "educations":[{"key":"d","school":"S","location":{"text":null,"fields":null},
                            "date_start":"2001-12-01T00:00:00+0000","soft_skills":null,"grade":12.50}],
             "attachments":[{"type":"original","file_size":1234567,"extension":".pdf","pages":3}],
             "labels":[{"board_key":"b","job_key":"j","stage":"yes","rating":4,"date_stage":1617235200000,
                        "date_rating":"2021-04-01T00:00:00+0000"}],
             "skills":[{"name":"spark","type":"soft","value":1e3}],
             "languages":[{"name":"english","value":1}],"certifications":[],"courses":null,
             "tags":[{"name":"t","value":true},{"name":"n","value":null},{"name":"s","value":"45000.0"},
                     {"name":"big","value":12345678901234567890},{"name":"tiny","value":1e-07}],
             "metadatas":[{"name":"m","value":false}]}
            """;

    static List<String> everyProfileSample() {
        return Samples.profileSamples();
    }

    @ParameterizedTest
    @MethodSource("everyProfileSample")
    void everyProfileSampleWritesBackAsWritten(String sample) throws Exception {
        String text = Samples.text(sample);
        Object expected = profileIn(JsonTrees.exact(text));
        Profile profile = read(text);

        String written = HrFlowJson.mapper().writeValueAsString(profile);

        assertNull(JsonTrees.firstDifference(expected, JsonTrees.exact(written), sample));
    }

    @Test
    void everySampleFolderIsCovered() {
        assertEquals(List.of("profile-archive-200.json", "profile-indexing-post-request-sdk-test.json",
                "profile-indexing-post-request.json", "profile-object-2021.json", "profile-parsing-201-sync.json"),
                Samples.profileSamples());
    }

    @Test
    void looseValuesNumbersAndUnknownFieldsAreWrittenBackAsSent() throws Exception {
        Profile profile = HrFlowJson.mapper().readValue(LOOSE, Profile.class);

        assertNull(JsonTrees.firstDifference(LOOSE, HrFlowJson.mapper().writeValueAsString(profile)));
    }

    @Test
    void anyObjectMapperKeepsTheNumberText() throws Exception {
        ObjectMapper plain = new ObjectMapper();

        assertNull(JsonTrees.firstDifference(LOOSE, plain.writeValueAsString(plain.readValue(LOOSE, Profile.class))));
    }

    @Test
    void aMapperWithDefaultTypingReadsBackWhatItWrote() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper typed = new ObjectMapper().activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                ObjectMapper.DefaultTyping.NON_FINAL);
        Profile profile = plain.readValue(LOOSE, Profile.class);

        Profile back = typed.readValue(typed.writeValueAsString(profile), Profile.class);

        assertNull(JsonTrees.firstDifference(LOOSE, plain.writeValueAsString(back)));
    }

    @Test
    void inMemoryCopiesKeepTheNumberText() throws Exception {
        Profile profile = HrFlowJson.mapper().readValue(LOOSE, Profile.class);

        // what an edit will send: a copy of the profile as a tree that source_key is added to
        JsonNode body = HrFlowJson.mapper().valueToTree(HrFlowJson.mapper().convertValue(profile, Profile.class));

        assertNull(JsonTrees.firstDifference(LOOSE, HrFlowJson.mapper().writeValueAsString(body)));
    }

    @Test
    void numbersAreBigDecimalsWithTheirScale() throws Exception {
        Profile profile = HrFlowJson.mapper().readValue(LOOSE, Profile.class);

        assertEquals(new BigDecimal("1.0"), profile.getEducationsDuration());
        assertEquals("0.2493150684931507", profile.getExperiencesDuration().toString());
        assertEquals(new BigDecimal("34.053570000000036"), profile.getInfo().getLocation().getLat());
        assertEquals(new BigDecimal("0.90"), profile.getExperiences().get(0).getSkills().get(0).getValue());
        assertEquals("1e3", profile.getSkills().get(0).getValue().toString());
        assertEquals(new BigDecimal("4"), profile.getLabels().get(0).getRating());
        assertEquals(new BigDecimal("1617235200000"), profile.getLabels().get(0).getDateStage());
        assertEquals(1234567L, profile.getAttachments().get(0).getFileSize());
        assertEquals(new BigDecimal("12.50"), profile.getEducations().get(0).getAdditionalProperties().get("grade"));
        assertEquals(new BigDecimal("90001"), profile.getInfo().getLocation().getFieldsAsMap().get("postcode"));
    }

    @Test
    void looseValuesKeepTheirTypes() throws Exception {
        Profile profile = HrFlowJson.mapper().readValue(LOOSE, Profile.class);

        List<Object> tags = profile.getTags().stream().map(NamedValue::getValue).toList();
        assertEquals(Boolean.TRUE, tags.get(0));
        assertNull(tags.get(1));
        assertEquals("45000.0", tags.get(2), "a number in a string stays a string");
        assertEquals(Boolean.FALSE, profile.getMetadatas().get(0).getValue());
        List<Object> urls = profile.getInfo().getUrls().stream().map(ProfileUrl::getUrl).toList();
        assertEquals(List.of(), urls.get(0));
        assertNull(urls.get(1));
        assertEquals("https://github.com/x", urls.get(2));
        assertTrue(profile.getExperiences().get(0).getLocation().getFieldsAsMap().isEmpty(), "fields: []");
        assertTrue(profile.getEducations().get(0).getLocation().getFieldsAsMap().isEmpty(), "fields: null");
        assertNull(profile.getCourses());
        assertEquals(List.of(), profile.getCertifications());
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevel() throws Exception {
        Profile profile = HrFlowJson.mapper().readValue(LOOSE, Profile.class);

        assertInstanceOf(List.class, profile.getAdditionalProperties().get("shiny_new_field"));
        assertEquals(new BigDecimal("7"), profile.getSource().getAdditionalProperties().get("id"));
        assertEquals(Boolean.FALSE,
                profile.getConsentAlgorithmic().getOwner().getAdditionalProperties().get("upskilling"));
        assertEquals("JS", profile.getInfo().getAdditionalProperties().get("nickname"));
        assertEquals(Boolean.TRUE, profile.getInfo().getUrls().get(2).getAdditionalProperties().get("verified"));
        assertEquals(List.of(), profile.getExperiences().get(0).getAdditionalProperties().get("hard_skills"));
        assertTrue(profile.getEducations().get(0).getAdditionalProperties().containsKey("soft_skills"));
        assertEquals(new BigDecimal("3"), profile.getAttachments().get(0).getAdditionalProperties().get("pages"));
    }

    @Test
    void aParsedProfileReadsAsHrFlowWroteIt() throws Exception {
        Profile profile = read(Samples.text(Samples.PARSED_PROFILE));

        assertEquals("5d2a14c7a47f8a6f48e72d296f7e2038c1bb4ce4", profile.getKey());
        assertNull(profile.getReference());
        assertEquals(profile.getSourceKey(), profile.getSource().getKey());
        assertEquals("production", profile.getSource().getEnvironment());
        assertEquals(Boolean.FALSE, profile.getConsentAlgorithmic().getOwner().getParsing());
        assertEquals("jordan.sample@example.com", profile.getInfo().getEmail());
        assertNull(profile.getInfo().getFullName(), "the parser left the names out");
        assertEquals("en", profile.getTextLanguage());
        assertEquals(OffsetDateTime.of(2023, 6, 20, 15, 25, 7, 0, ZoneOffset.UTC), profile.getCreatedAtDateTime());
        assertEquals("2023-06-20T15:25:07+0000", profile.getCreatedAt());
        assertFalse(profile.isArchived());
        assertNull(profile.getArchivedAtDateTime());
        Experience first = profile.getExperiences().get(0);
        assertEquals(LocalDateTime.parse(first.getDateStart()), first.getDateStartDateTime());
        assertEquals("original", profile.getAttachments().get(0).getType());
        assertEquals(List.of("origin", "availability", "referrer"),
                profile.getTags().stream().map(NamedValue::getName).toList());
    }

    @Test
    void aProfileOf2021KeepsItsOlderShape() throws Exception {
        Profile profile = HrFlowJson.mapper().readValue(Samples.text(Samples.PROFILE_2021), Profile.class);

        assertNull(profile.getSourceKey(), "2021 profiles name their source in source.key only");
        Education education = profile.getEducations().get(0);
        assertTrue(education.getAdditionalProperties().containsKey("hard_skills"));
        assertNull(education.getSkills());
        assertEquals("from_resume", profile.getInfo().getUrls().get(0).getType());
        assertEquals(List.of(), profile.getInfo().getUrls().get(0).getUrl());
    }

    @Test
    void resumeDatesAreReadWithOrWithoutAnOffset() throws Exception {
        Profile profile = HrFlowJson.mapper().readValue(Samples.text(Samples.PROFILE_SDK_TEST), Profile.class);

        assertEquals(LocalDateTime.of(2002, 4, 1, 0, 0), profile.getExperiences().get(0).getDateStartDateTime());
        assertEquals("2001-12-01T00:00:00+0000", profile.getEducations().get(0).getDateStart());
        assertEquals(LocalDateTime.of(2001, 12, 1, 0, 0), profile.getEducations().get(0).getDateStartDateTime());
        assertEquals(LocalDate.of(1997, 6, 26), profile.getInfo().getDateBirthDate());
        assertEquals("Class B", profile.getInfo().getDrivingLicense());
    }

    @Test
    void jobsAndProfilesShareOneDefinitionOfWhatTheyHaveInCommon() throws Exception {
        String common = "{\"id\":1,\"key\":\"k\",\"reference\":\"r\",\"archived_at\":\"2023-06-22T08:30:00+0200\","
                        + "\"skills\":[{\"name\":\"java\",\"type\":\"hard\",\"value\":null}],"
                        + "\"tags\":[{\"name\":\"t\",\"value\":1}]}";
        for (Class<? extends StoredObject> type : List.of(Job.class, Profile.class)) {
            StoredObject object = HrFlowJson.mapper().readValue(common, type);
            assertEquals("k", object.getKey());
            assertTrue(object.isArchived());
            assertEquals(OffsetDateTime.of(2023, 6, 22, 8, 30, 0, 0, ZoneOffset.ofHours(2)),
                    object.getArchivedAtDateTime());
            assertEquals("hard", object.getSkills().get(0).getType());
            assertNull(JsonTrees.firstDifference(common, HrFlowJson.mapper().writeValueAsString(object)));
        }
    }

    @Test
    void fieldsSetByCodeAreWrittenAndUnsetOnesStayAbsent() throws Exception {
        Profile profile = new Profile();
        profile.setKey("k");
        profile.setReference(null);
        profile.setSourceKey("s");

        assertEquals(Samples.tree("{\"key\":\"k\",\"reference\":null,\"source_key\":\"s\"}"),
                Samples.tree(HrFlowJson.mapper().writeValueAsString(profile)));
    }

    @Test
    void logsNameTheProfileWithoutPersonalData() throws Exception {
        Profile profile = read(Samples.text(Samples.PARSED_PROFILE));

        assertEquals("Profile[key=" + profile.getKey() + ", reference=null, sourceKey=" + profile.getSourceKey()
                     + "]",
                profile.toString());
    }

    /** Where a sample keeps its profile: {@code data.profile} of a parse, {@code data} of an answer, else itself. */
    private static Object profileIn(Object sample) {
        Object data = sample instanceof Map<?, ?> map && map.containsKey("code") ? map.get("data") : sample;
        return data instanceof Map<?, ?> map && map.containsKey("parsing") ? map.get("profile") : data;
    }

    /** The profile of a sample, read from its text (a tree would forget how its numbers were written). */
    private static Profile read(String sample) throws Exception {
        JsonNode tree = Samples.tree(sample);
        String data = tree.has("code") ? "/data" : "";
        String at = tree.at(data).has("parsing") ? data + "/profile" : data;
        ObjectReader reader = HrFlowJson.mapper().readerFor(Profile.class);
        return at.isEmpty() ? reader.readValue(sample) : reader.at(at).readValue(sample);
    }
}
