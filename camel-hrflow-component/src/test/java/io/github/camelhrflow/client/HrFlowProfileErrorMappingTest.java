package io.github.camelhrflow.client;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowAuthenticationException;
import io.github.camelhrflow.HrFlowBoardNotFoundException;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.HrFlowProfileNotFoundException;
import io.github.camelhrflow.HrFlowSourceNotFoundException;
import io.github.camelhrflow.model.Profile;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.JsonTrees;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What HrFlow's answers to a profile call become, over real HTTP to the sandbox (its own answers where it gives them,
 * HrFlow's captured ones scripted): a missing source and a missing profile have their own exceptions, and the same
 * answers to a job call still give the job ones.
 */
class HrFlowProfileErrorMappingTest extends SandboxTestSupport {

    private static final String SOURCE = "5ca1ab1e00000000000000000000000000000002";
    private static final String KEY = "5d2a14c7a47f8a6f48e72d296f7e2038c1bb4ce4";

    private CloseableHttpClient http;
    private HrFlowClient client;

    @BeforeEach
    void start() {
        sandbox.addSource(SOURCE, "profile errors");
        http = HttpClients.createDefault();
        client = new HrFlowClient(http,
                HrFlowClientSettings.of(sandbox.baseUrl(), sandbox.apiKey(), sandbox.userEmail()));
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
    }

    @Test
    void aProfileIsAskedForBySourceAndKeyOrReference() throws Exception {
        String parsed = Samples.text(Samples.PARSED_PROFILE);
        String answer = "{\"code\":200,\"message\":\"Profile details\",\"data\":"
                        + Samples.tree(parsed).at("/data/profile") + "}";
        // HrFlow's captured profile, byte for byte, so the comparison below covers every number's text
        sandbox.faults().answerNext(ScriptedAnswer.json(200, answer), ScriptedAnswer.json(200, answer));

        HrFlowResponse<Profile> byKey = client.getProfile(ProfileLookup.byKey(SOURCE, KEY));
        client.getProfile(ProfileLookup.byReference(SOURCE, "R&D 1/2"));

        assertEquals(200, byKey.statusCode());
        assertNull(JsonTrees.firstDifference(JsonTrees.exact(answer, "data"),
                JsonTrees.exact(HrFlowJson.mapper().writeValueAsString(byKey.data())), "data"));
        RecordedRequest first = requests().get(0);
        assertEquals("GET", first.method());
        assertEquals("/v1/profile/indexing", first.path());
        assertEquals(SOURCE, first.param("source_key"));
        assertEquals(KEY, first.param("key"));
        assertNull(first.param("board_key"));
        assertEquals("R&D 1/2", requests().get(1).param("reference"));
        assertNull(requests().get(1).param("key"));
        assertCallHeaders(first, false);
    }

    @Test
    void aMissingSourceIsASourceNotFound() {
        // the sandbox's own answer, as HrFlow's captured one (Samples.SOURCE_NOT_FOUND)
        HrFlowSourceNotFoundException e = assertThrows(HrFlowSourceNotFoundException.class,
                () -> client.getProfile(ProfileLookup.byKey("5ca1ab1e0000000000000000000000000000dead", KEY)));

        assertEquals(400, e.getStatusCode());
        assertEquals("Invalid parameters. Unable to find object: source", e.getHrFlowMessage());
        assertTrue(e.getMessage().contains("(get profile)"), e.getMessage());
        assertTrue(e.getMessage().contains("Check the sourceKey option or the CamelHrFlowSourceKey header: no such"
                                           + " source is visible to this API key."),
                e.getMessage());
    }

    @Test
    void aMissingProfileIsAProfileNotFound() {
        // the sandbox's own answer: the source exists, the profile does not
        HrFlowProfileNotFoundException e = assertThrows(HrFlowProfileNotFoundException.class, this::getProfile);

        assertEquals("Invalid parameters. Unable to find object: profile", e.getHrFlowMessage());
        assertTrue(e.getMessage().contains("Check the profile key or reference (the key, reference options or the"
                                           + " CamelHrFlowProfileKey, CamelHrFlowProfileReference headers); with"
                                           + " throwExceptionOnNotFound=false a missing profile does not fail the"
                                           + " exchange."),
                e.getMessage());
    }

    @Test
    void anyOtherUnableToFindObjectOfAProfileCallIsAProfileNotFound() {
        // HrFlow's own code only looks for "Unable to find object" after a profile read; the wording after it may vary
        sandbox.faults().answerNext(ScriptedAnswer.json(400, "{\"code\":400,\"message\":\"Unable to find object\"}"),
                ScriptedAnswer.json(200, Samples.text(Samples.PROFILE_NOT_FOUND)));

        assertThrows(HrFlowProfileNotFoundException.class, this::getProfile);
        assertEquals(400, assertThrows(HrFlowProfileNotFoundException.class, this::getProfile).getStatusCode(),
                "an error code inside a 200 answer");
    }

    @Test
    void aReferenceAlreadyUsedIsNoNotFound() {
        sandbox.faults().answerNext(ScriptedAnswer.json(400, Samples.text(Samples.PROFILE_REFERENCE_USED)));

        HrFlowApiException e = assertThrows(HrFlowApiException.class, this::getProfile);

        assertSame(HrFlowApiException.class, e.getClass());
        assertTrue(e.getHrFlowMessage().startsWith("Cannot create profile with this reference"), e.getHrFlowMessage());
    }

    @Test
    void messagesOfOtherFailuresSpeakOfProfiles() {
        sandbox.faults().answerNext(ScriptedAnswer.json(401, Samples.text(Samples.INVALID_KEY)),
                ScriptedAnswer.json(404, "{\"code\":404,\"message\":\"Not Found\"}"));

        HrFlowAuthenticationException auth = assertThrows(HrFlowAuthenticationException.class, this::getProfile);
        HrFlowApiException notFound = assertThrows(HrFlowApiException.class, this::getProfile);

        assertTrue(auth.getMessage().endsWith("allowed to read profiles (a write-only askw_ key cannot)."),
                auth.getMessage());
        assertSame(HrFlowApiException.class, notFound.getClass(), "a 404 is never a missing profile");
        assertTrue(notFound.getMessage().contains("HrFlow answers a missing profile with 400, so a 404 means the"
                                                  + " request went to the wrong address"),
                notFound.getMessage());
    }

    @Test
    void theSameAnswersToAJobCallStillGiveTheJobExceptions() {
        sandbox.faults().answerNext(ScriptedAnswer.json(400, Samples.text(Samples.BOARD_NOT_FOUND)),
                ScriptedAnswer.json(400, Samples.text(Samples.JOB_NOT_FOUND)),
                ScriptedAnswer.json(400, Samples.text(Samples.PROFILE_NOT_FOUND)));
        Executable getJob = () -> client.getJob(JobLookup.byKey(SOURCE, KEY));

        assertThrows(HrFlowBoardNotFoundException.class, getJob);
        assertThrows(HrFlowJobNotFoundException.class, getJob);
        // what was always so: any other "Unable to find object" of a job call is a missing job
        assertThrows(HrFlowJobNotFoundException.class, getJob);
    }

    private void getProfile() throws Exception {
        client.getProfile(ProfileLookup.byKey(SOURCE, KEY));
    }
}
