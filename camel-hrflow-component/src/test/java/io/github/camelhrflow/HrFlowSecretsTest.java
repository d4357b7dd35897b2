package io.github.camelhrflow;

import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API key goes to HrFlow and nowhere else: not in headers, exception messages, toString() or endpoint URIs.
 */
class HrFlowSecretsTest extends SandboxTestSupport {

    private String uri;

    @BeforeEach
    void seedJob() {
        uri = "hrflow:job-indexing?boardKey=" + board + "&key=" + seed("Data Engineer", null).get("key").asText();
    }

    @Test
    void keyIsNotInAnyHeaderAfterSuccess() {
        Exchange exchange = template.request(uri, e -> {
        });
        assertNotNull(exchange.getMessage().getBody());
        assertKeyAbsent(exchange.getMessage().getHeaders().toString());
        assertEquals(200, onlyRequest().status(), "the key must reach HrFlow itself: the sandbox accepted it");
        assertCallHeaders(onlyRequest(), false);
    }

    @Test
    void keyEchoedByHrFlowIsMaskedInExceptionsAndHeaders() {
        sandbox.faults()
                .answerNext(ScriptedAnswer.json(401,
                        "{\"code\":401,\"message\":\"Unauthorized. Invalid secret key: " + sandbox.apiKey()
                                                     + " for permission: all\"}"));
        Exchange exchange = template.request(uri, e -> {
        });
        HrFlowAuthenticationException e = assertInstanceOf(HrFlowAuthenticationException.class,
                exchange.getException());
        assertKeyAbsent(e.getMessage());
        assertKeyAbsent(e.getHrFlowMessage());
        assertKeyAbsent(e.toString());
        assertKeyAbsent(exchange.getMessage().getHeaders().toString());
    }

    @Test
    void keyEchoedInANonJsonErrorIsMasked() {
        sandbox.faults().answerNext(ScriptedAnswer.of(500, "text/plain", "bad key " + sandbox.apiKey()));
        Exchange exchange = template.request(uri, e -> {
        });
        assertKeyAbsent(exchange.getException().getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "500|text/plain", "200|text/html", "200|application/json" })
    void keyAcrossTheEndOfTheQuotedExcerptIsMaskedWhole(int status, String contentType) {
        // the message quotes 200 characters of the body: the key starts 10 before the cut
        sandbox.faults().answerNext(
                ScriptedAnswer.of(status, contentType, "x".repeat(190) + sandbox.apiKey() + " was rejected"));
        Exchange exchange = template.request(uri, e -> {
        });
        String message = exchange.getException().getMessage();
        assertFalse(message.contains(sandbox.apiKey().substring(0, 8)), message);
        assertTrue(message.contains("*****"), message);
    }

    @Test
    void keyEchoedInAMalformedJsonAnswerIsMaskedAndTheParserErrorNotChained() {
        sandbox.faults().answerNext(ScriptedAnswer.json(200, sandbox.apiKey() + " is not JSON"));
        Exchange exchange = template.request(uri, e -> {
        });
        HrFlowApiException e = assertInstanceOf(HrFlowApiException.class, exchange.getException());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertKeyAbsent(t.getMessage());
        }
        assertTrue(e.getMessage().contains("not an HrFlow JSON answer"), e.getMessage());
    }

    @Test
    void keyCutShortInTheParsersQuoteOfAMalformedAnswerIsNotShown() {
        // Jackson quotes at most 256 characters of a bad token: here the quote ends inside the key, so the whole key
        // is never there to be masked
        sandbox.faults().answerNext(ScriptedAnswer.json(200, "x".repeat(240) + sandbox.apiKey()));
        Exchange exchange = template.request(uri, e -> {
        });
        String message = exchange.getException().getMessage();
        assertFalse(message.contains(sandbox.apiKey().substring(0, 8)), message);
        assertTrue(message.contains("not an HrFlow JSON answer"), message);
    }

    @Test
    void redirectIsNotFollowedSoTheKeyStaysWithHrFlow() {
        try (HrFlowSandbox elsewhere = HrFlowSandbox.builder().build().start()) {
            sandbox.faults().answerNext(ScriptedAnswer.json(302, "{}").withHeader("Location",
                    elsewhere.baseUrl() + "/job/indexing?key=x"));
            Exchange exchange = template.request(uri, e -> {
            });
            HrFlowApiException e = assertInstanceOf(HrFlowApiException.class, exchange.getException());
            assertEquals(302, e.getStatusCode());
            assertEquals(0, elsewhere.requestCount(), "the redirect target must not receive the key");
        }
    }

    @Test
    void keyIsNotInToStringOrSanitizedUris() {
        String secret = "askr_uri_secret_0123456789";
        Endpoint endpoint = context.getEndpoint(uri + "&apiKey=RAW(" + secret + ")");
        HrFlowEndpoint hrflow = assertInstanceOf(HrFlowEndpoint.class, endpoint);

        assertFalse(endpoint.toString().contains(secret), endpoint.toString());
        assertFalse(URISupport.sanitizeUri(endpoint.getEndpointUri()).contains(secret));
        assertFalse(hrflow.getConfiguration().toString().contains(secret), hrflow.getConfiguration().toString());
        // what is left says whether a key is set at all, which is what a misconfiguration needs to know
        assertTrue(hrflow.getConfiguration().toString().contains("apiKey=set"), hrflow.getConfiguration().toString());
        String clientSettings = hrflow.getConfiguration().clientSettings().toString();
        assertFalse(clientSettings.contains(secret), clientSettings);
        assertTrue(clientSettings.contains("apiKey=set"), clientSettings);
        HrFlowConfiguration noKey = new HrFlowConfiguration();
        assertTrue(noKey.toString().contains("apiKey=not set"), noKey.toString());
        assertTrue(noKey.clientSettings().toString().contains("apiKey=not set"), noKey.clientSettings().toString());
        assertKeyAbsent(context.getComponent("hrflow", HrFlowComponent.class).getConfiguration().toString());
        for (Endpoint registered : context.getEndpoints()) {
            assertFalse(registered.toString().contains(secret), registered.toString());
        }
    }

    @Test
    void proxyPasswordIsNotInThePoolSettingsText() {
        HrFlowEndpoint endpoint = context.getEndpoint(uri + "&proxyHost=proxy.example.com&proxyPort=3128"
                                                      + "&proxyUsername=user&proxyPassword=RAW(proxy_secret_42)",
                HrFlowEndpoint.class);

        String pool = endpoint.getConfiguration().poolSettings().toString();
        assertFalse(pool.contains("proxy_secret_42"), pool);
        assertTrue(pool.contains("proxy=proxy.example.com:3128"), pool);
    }

    @Test
    void secretOptionsAreMarkedSecretInTheDescriptor() throws Exception {
        JsonNode descriptor;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelhrflow/hrflow.json")) {
            descriptor = new ObjectMapper().readTree(in);
        }
        for (String level : new String[] { "componentProperties", "properties" }) {
            for (String secret : new String[] { "apiKey", "proxyPassword", "proxyUsername" }) {
                JsonNode option = descriptor.path(level).path(secret);
                assertTrue(option.path("secret").asBoolean(), level + "." + secret + ": " + option);
                assertTrue(option.path("label").asText().contains("security"), level + "." + secret);
            }
        }
    }

    private static void assertKeyAbsent(String text) {
        assertFalse(text != null && text.contains(sandbox.apiKey()), "API key leaked: " + text);
    }
}
