package io.github.camelhrflow;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The catalog and the "option of another API" check read the same labels: for every endpoint option of the catalog
 * and every API, the check refuses exactly the options whose label words name other kinds only, another resource, or the
 * consumer of an API without one. The catalog's values of {@code api} are the APIs' own.
 */
class HrFlowApiOptionsTest {

    private static JsonNode catalog() throws Exception {
        try (InputStream in = HrFlowApiOptionsTest.class
                .getResourceAsStream("/META-INF/io/github/camelhrflow/hrflow.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theCheckRefusesWhatTheCatalogsLabelsSay() throws Exception {
        JsonNode properties = catalog().path("properties");
        List<String> restricted = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            List<String> words = Arrays.asList(option.getValue().path("label").asText().split("[^a-z]+"));
            for (HrFlowApi api : HrFlowApi.values()) {
                // an option labelled with kinds serves each of them (reference: indexing and parsing)
                List<String> kinds = Arrays.stream(HrFlowApi.Kind.values()).map(HrFlowApi.Kind::word)
                        .filter(words::contains).toList();
                boolean refused = (words.contains("consumer") && !api.consumes())
                                  || (!kinds.isEmpty() && !kinds.contains(api.kind().word()))
                                  || (words.contains("job") && !api.resource().noun().equals("job"))
                                  || (words.contains("profile") && !api.resource().noun().equals("profile"));
                String refusal = HrFlowApiOptions.refusal(option.getKey(), api);
                if (refused) {
                    assertNotNull(refusal, option.getKey() + " on " + api.uri());
                    restricted.add(option.getKey());
                } else {
                    assertNull(refusal, option.getKey() + " on " + api.uri());
                }
            }
        }
        // the options the issue named are among them
        for (String option : new String[] { "delay", "greedy", "maxMessagesPerPoll", "boardKey", "sourceKey", "key",
                "operation", "pageSize", "stateKey" }) {
            assertNotNull(HrFlowApiOptions.refusal(option, option.equals("boardKey") ? HrFlowApi.PROFILE_INDEXING
                    : option.equals("sourceKey") || option.equals("key") || option.equals("operation")
                            ? HrFlowApi.JOB_STORING
                            : HrFlowApi.JOB_INDEXING),
                    option);
        }
    }

    @Test
    void theCatalogsApisAreTheEnumsValues() throws Exception {
        List<String> listed = new ArrayList<>();
        catalog().path("properties").path("api").path("enum").forEach(value -> listed.add(value.asText()));
        assertEquals(Arrays.stream(HrFlowApi.values()).map(HrFlowApi::toString).toList(), listed);
        for (HrFlowApi api : HrFlowApi.values()) {
            assertEquals(api, HrFlowApi.fromPath(api.toString()));
            assertEquals(api, HrFlowApi.of(api.resource(), api.kind()));
        }
    }
}
