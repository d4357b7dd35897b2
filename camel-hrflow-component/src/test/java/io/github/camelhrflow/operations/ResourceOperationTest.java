package io.github.camelhrflow.operations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowBoardNotFoundException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.HrFlowProfileNotFoundException;
import io.github.camelhrflow.HrFlowRateLimitException;
import io.github.camelhrflow.HrFlowSourceNotFoundException;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.model.Profile;
import io.github.camelhrflow.model.StoredObject;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.github.camelhrflow.support.LogCapture;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToStartRouteException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour jobs and profiles share, proved once for each: every operation of the indexing APIs (what reaches
 * HrFlow, what the exchange holds after), the storing producer and consumer, the not-found rules, and the options each
 * API refuses. The job-only suites beside this one hold the finer proofs; the code under them is the same.
 */
class ResourceOperationTest extends SandboxTestSupport {

    private static final AtomicInteger SOURCES = new AtomicInteger();

    /** This test's board (jobs) or a fresh source of its own (profiles). */
    private String storage(HrFlowResource resource) {
        if (resource == HrFlowResource.JOB) {
            return board;
        }
        String source = String.format("%040x", 0x50c4ce00L + SOURCES.incrementAndGet());
        sandbox.addSource(source, "test source " + source);
        return source;
    }

    private static String api(HrFlowResource resource, String kind) {
        return "hrflow:" + resource.noun() + "-" + kind + "?" + resource.storageOption() + "=";
    }

    private static ObjectNode body(HrFlowResource resource, String name, String reference) {
        ObjectNode body = JSON.createObjectNode();
        if (reference != null) {
            body.put("reference", reference);
        }
        if (resource == HrFlowResource.JOB) {
            body.put("name", name);
        } else {
            body.putObject("info").put("full_name", name).put("email", "someone@example.com");
            body.put("text", name);
        }
        return body;
    }

    private static ObjectNode seed(HrFlowResource resource, String storage, String name, String reference) {
        ObjectNode body = body(resource, name, reference);
        return resource == HrFlowResource.JOB ? sandbox.createJob(storage, body)
                : sandbox.createProfile(storage, body);
    }

    private static List<String> keys(HrFlowResource resource, String storage) {
        return resource == HrFlowResource.JOB ? sandbox.jobKeys(storage) : sandbox.profileKeys(storage);
    }

    private static String name(StoredObject object) {
        return object instanceof Job job ? job.getName() : ((Profile) object).getInfo().getFullName();
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void getSendsTheStorageAndTheKeyAndSetsTheResourcesHeaders(HrFlowResource resource) {
        String storage = storage(resource);
        String key = seed(resource, storage, "Ada Example", "ref-get").get("key").asText();
        sandbox.clearRequests();

        Exchange exchange = template.request(api(resource, "indexing") + storage + "&key=" + key, e -> {
        });

        RecordedRequest request = onlyRequest();
        assertEquals("GET", request.method());
        assertEquals("/v1" + resource.indexingPath(), request.path());
        assertEquals(storage, request.param(resource.storageParam()));
        assertEquals(key, request.param("key"));
        assertCallHeaders(request, false);
        StoredObject object = assertInstanceOf(resource.modelClass(), exchange.getMessage().getBody());
        assertEquals("Ada Example", name(object));
        assertEquals(key, exchange.getMessage().getHeader(resource.keyHeader()));
        assertEquals("ref-get", exchange.getMessage().getHeader(resource.referenceHeader()));
        assertEquals(200, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void theKeyHeaderWinsOverTheReferenceHeaderAndBothOverTheOptions(HrFlowResource resource) {
        String storage = storage(resource);
        String wanted = seed(resource, storage, "Wanted", "ref-a").get("key").asText();
        String other = seed(resource, storage, "Other", "ref-b").get("key").asText();
        sandbox.clearRequests();

        Exchange exchange = template.request(api(resource, "indexing") + storage + "&key=" + other, e -> {
            e.getMessage().setHeader(resource.keyHeader(), wanted);
            e.getMessage().setHeader(resource.referenceHeader(), "ref-b");
        });

        assertNull(exchange.getException());
        assertEquals(wanted, onlyRequest().param("key"));
        assertNull(onlyRequest().param("reference"), "the reference is not sent beside a key");
        assertEquals("Wanted", name(exchange.getMessage().getBody(StoredObject.class)));
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void indexEditArchiveRoundTrip(HrFlowResource resource) {
        String storage = storage(resource);
        String indexing = api(resource, "indexing") + storage;

        Exchange created = template.request(indexing + "&operation=index",
                e -> e.getMessage().setBody(body(resource, "First Name", "ref-1").toString()));
        assertNull(created.getException());
        String key = (String) created.getMessage().getHeader(resource.keyHeader());
        assertNotNull(key);
        assertEquals(201, created.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals(List.of(key), keys(resource, storage));
        RecordedRequest post = requests().get(0);
        assertEquals("POST", post.method());
        assertEquals("/v1" + resource.indexingPath(), post.path());
        assertTrue(post.body().contains("\"" + resource.storageParam() + "\":\"" + storage + "\""), post.body());

        sandbox.clearRequests();
        ObjectNode edited = body(resource, "Second Name", "ref-1").put("key", key);
        Exchange edit = template.request(indexing + "&operation=edit",
                e -> e.getMessage().setBody(edited.toString()));
        assertNull(edit.getException());
        assertEquals("PUT", onlyRequest().method());
        assertEquals("Second Name", name(edit.getMessage().getBody(StoredObject.class)));

        sandbox.clearRequests();
        Exchange archive = template.request(indexing + "&operation=archive&reference=ref-1",
                e -> e.getMessage().setBody("left alone"));
        assertNull(archive.getException());
        RecordedRequest patch = onlyRequest();
        assertEquals("PATCH", patch.method());
        assertEquals("/v1" + resource.archivePath(), patch.path());
        assertEquals("left alone", archive.getMessage().getBody());
        assertEquals(key, archive.getMessage().getHeader(resource.keyHeader()));
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void upsertCreatesThenUpdatesThenLeavesTheUnchangedAlone(HrFlowResource resource) {
        String storage = storage(resource);
        String upsert = api(resource, "indexing") + storage + "&operation=upsert";

        Exchange first = template.request(upsert, e -> e.getMessage().setBody(body(resource, "One", "u-1").toString()));
        assertEquals("created", first.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        String key = (String) first.getMessage().getHeader(resource.keyHeader());

        Exchange second =
                template.request(upsert, e -> e.getMessage().setBody(body(resource, "Two", "u-1").toString()));
        assertEquals("updated", second.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        assertEquals(key, second.getMessage().getHeader(resource.keyHeader()));

        sandbox.clearRequests();
        Exchange third = template.request(upsert, e -> e.getMessage().setBody(body(resource, "Two", "u-1").toString()));
        assertEquals("unchanged", third.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        assertEquals(1, requests().size(), "only the look-up: " + requests());
        assertEquals(List.of(key), keys(resource, storage));
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void aMissingObjectIsThrownOrANullBodyAsAsked(HrFlowResource resource) {
        String storage = storage(resource);
        String uri = api(resource, "indexing") + storage + "&reference=nobody";

        CamelExecutionException failure = assertThrows(CamelExecutionException.class,
                () -> template.requestBody(uri, "x"));
        Class<?> expected = resource == HrFlowResource.JOB ? HrFlowJobNotFoundException.class
                : HrFlowProfileNotFoundException.class;
        assertInstanceOf(expected, failure.getCause());

        Exchange quiet = template.request(uri + "&throwExceptionOnNotFound=false", e -> e.getMessage().setBody("x"));
        assertNull(quiet.getException());
        assertNull(quiet.getMessage().getBody());
        assertEquals(400, quiet.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void anUnknownStorageIsAlwaysThrown(HrFlowResource resource) {
        String uri = api(resource, "indexing") + "f".repeat(40) + "&reference=r&throwExceptionOnNotFound=false";

        CamelExecutionException failure = assertThrows(CamelExecutionException.class,
                () -> template.requestBody(uri, "x"));

        Class<?> expected = resource == HrFlowResource.JOB ? HrFlowBoardNotFoundException.class
                : HrFlowSourceNotFoundException.class;
        assertInstanceOf(expected, failure.getCause());
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void noStorageAnywhereFailsBeforeAnyRequest(HrFlowResource resource) {
        CamelExecutionException failure = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("hrflow:" + resource.noun() + "-indexing?key=k", "x"));

        assertTrue(failure.getCause().getMessage().contains(resource.storageOption()), failure.getCause().getMessage());
        assertTrue(failure.getCause().getMessage().contains(resource.storageHeader()), failure.getCause().getMessage());
        assertNoRequest();
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void theStoringProducerIsALazyIteratorWithTheTotal(HrFlowResource resource) {
        String storage = storage(resource);
        for (int i = 0; i < 5; i++) {
            seed(resource, storage, "Person " + i, "p-" + i);
        }
        sandbox.clearRequests();

        Exchange exchange = template.request(api(resource, "storing") + storage + "&pageSize=2", e -> {
        });

        assertEquals(5, exchange.getMessage().getHeader(HrFlowConstants.TOTAL));
        assertEquals(1, requests().size(), "only the first page before the iterator is read");
        RecordedRequest first = requests().get(0);
        assertEquals("/v1" + resource.storingPath(), first.path());
        assertEquals("[\"" + storage + "\"]", first.param(resource.storingParam()));
        Iterator<?> objects = exchange.getMessage().getBody(Iterator.class);
        List<Object> all = new ArrayList<>();
        objects.forEachRemaining(all::add);
        assertEquals(5, all.size());
        all.forEach(o -> assertInstanceOf(resource.modelClass(), o));
        assertEquals(3, requests().size(), "three pages of two");
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void theConsumerDeliversEveryObjectOnceWithItsHeaders(HrFlowResource resource) throws Exception {
        String storage = storage(resource);
        for (int i = 0; i < 3; i++) {
            seed(resource, storage, "Seed " + i, "s-" + i);
        }
        MockEndpoint mock = getMockEndpoint("mock:" + resource.noun());
        mock.expectedMessageCount(3);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(api(resource, "storing") + storage + "&delay=100&initialDelay=0")
                        .routeId("sync-" + resource.noun()).to(mock);
            }
        });

        mock.assertIsSatisfied(TimeUnit.SECONDS.toMillis(10));
        for (Exchange exchange : mock.getReceivedExchanges()) {
            assertInstanceOf(resource.modelClass(), exchange.getMessage().getBody());
            assertEquals(storage, exchange.getMessage().getHeader(resource.storageHeader()));
            String key = exchange.getMessage().getHeader(resource.keyHeader(), String.class);
            assertTrue(exchange.getMessage().getHeader(resource.versionHeader(), String.class).startsWith(key + "@"));
        }
        assertEquals(3, mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(resource.keyHeader())).distinct().count());
    }

    @ParameterizedTest
    @ValueSource(strings = { "delay=1000", "greedy=true", "maxMessagesPerPoll=5", "pageSize=10" })
    void optionsOfTheStoringApisAreRefusedOnAnIndexingApi(String option) {
        for (HrFlowResource resource : HrFlowResource.values()) {
            String uri = api(resource, "indexing") + "s&key=k&" + option;
            Exception e = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(uri));
            assertTrue(e.getMessage().contains("applies to hrflow:" + resource.noun() + "-storing only"),
                    e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void theOtherResourcesStorageOptionIsRefused(HrFlowResource resource) {
        HrFlowResource other = resource == HrFlowResource.JOB ? HrFlowResource.PROFILE : HrFlowResource.JOB;
        for (String kind : new String[] { "indexing", "storing" }) {
            String uri = api(resource, kind) + "s&" + other.storageOption() + "=x";
            Exception e = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(uri));
            assertTrue(e.getMessage().contains(other.storageOption()), e.getMessage());
            assertTrue(e.getMessage().contains("use " + resource.storageOption()), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void anIndexingApiHasNoConsumer(HrFlowResource resource) {
        // the route fails to start: Camel creates the consumer then
        Exception e = assertThrows(FailedToStartRouteException.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(api(resource, "indexing") + "s").to("mock:never");
            }
        }));
        assertNotEquals(-1, e.getMessage().indexOf("hrflow:" + resource.noun() + "-storing?"
                                                   + resource.storageOption()),
                e.getMessage());
    }

    static Stream<Arguments> operations() {
        return Stream.of(HrFlowResource.values()).flatMap(resource -> Stream.of(
                Arguments.of(resource, "get", "GET", "get"), Arguments.of(resource, "index", "POST", "index"),
                Arguments.of(resource, "edit", "PUT", "edit"), Arguments.of(resource, "archive", "PATCH", "archive"),
                Arguments.of(resource, "upsert", "GET", "get")));
    }

    private static String writeBody(HrFlowResource resource, String key, String reference) {
        ObjectNode body = body(resource, "x", reference);
        if (key != null) {
            body.put("key", key);
        }
        return body.toString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void aThrottledCallSetsTheRedeliveryDelayFromRetryAfter(
                                                            HrFlowResource resource, String operation, String method,
                                                            String call) {
        String storage = storage(resource);
        String key = seed(resource, storage, "Throttled", "ref-t").get("key").asText();
        sandbox.clearRequests();
        sandbox.faults().retryAfterSeconds(7).throttleNext(1);

        Exchange exchange = template.request(api(resource, "indexing") + storage + "&operation=" + operation
                                             + "&key=" + key,
                e -> e.getMessage().setBody(writeBody(resource, key, "ref-t")));

        HrFlowRateLimitException e = assertInstanceOf(HrFlowRateLimitException.class, exchange.getException());
        assertEquals(Duration.ofSeconds(7), e.getRetryAfter());
        assertTrue(e.getMessage().contains(method + " ")
                   && e.getMessage().contains("(" + call + " " + resource.noun() + ")"),
                e.getMessage());
        assertEquals(7000L, exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY, Long.class));
        assertEquals(429, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        assertEquals(1, keys(resource, storage).size());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void aBaseUrlWithoutV1IsA404ThatPointsAtBaseUrlNeverAMissingObject(
                                                                       HrFlowResource resource, String operation,
                                                                       String method, String call) {
        String root = sandbox.baseUrl().substring(0, sandbox.baseUrl().length() - "/v1".length());
        Exchange exchange = template.request(api(resource, "indexing") + storage(resource) + "&operation="
                                             + operation + "&key=k1&throwExceptionOnNotFound=false&baseUrl=" + root,
                e -> e.getMessage().setBody(writeBody(resource, "k1", "r1")));

        HrFlowApiException e = assertInstanceOf(HrFlowApiException.class, exchange.getException());
        assertFalse(resource.isNotFound(e), e.getClass().getName());
        assertEquals(404, e.getStatusCode());
        assertTrue(e.getMessage().contains(method + " " + root + resource.indexingPath()), e.getMessage());
        assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void aMissingObjectWithThrowExceptionOnNotFoundFalseLeavesTheBodyOfEditAndArchive(HrFlowResource resource) {
        String storage = storage(resource);
        for (String operation : new String[] { "edit", "archive" }) {
            Object body = writeBody(resource, null, null);
            Exchange exchange = template.request(api(resource, "indexing") + storage + "&operation=" + operation
                                                 + "&throwExceptionOnNotFound=false&key=" + "0".repeat(40),
                    e -> e.getMessage().setBody(body));

            assertNull(exchange.getException(), operation);
            assertSame(body, exchange.getMessage().getBody(), operation);
            assertEquals(400, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE), operation);
        }
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void aHeaderOverridingTheKeyOptionIsLoggedOncePerEndpointWithTheResourcesPattern(HrFlowResource resource) {
        String storage = storage(resource);
        String key = seed(resource, storage, "Named by header", null).get("key").asText();
        String uri = api(resource, "indexing") + storage + "&key=" + "0".repeat(40);
        try (LogCapture logs = new LogCapture(Map.of("io.github.camelhrflow", Level.INFO))) {
            for (int i = 0; i < 3; i++) {
                template.requestBodyAndHeader(uri, null, resource.keyHeader(), key);
            }
            List<String> warnings = logs.lines().stream().filter(line -> line.level() == Level.WARN)
                    .map(LogCapture.Line::text).filter(text -> text.contains("overrides the key option")).toList();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains(resource.keyHeader()), warnings.get(0));
            assertTrue(warnings.get(0).contains("CamelHrFlow" + resource.title() + "*"), warnings.get(0));
        }
    }
}
