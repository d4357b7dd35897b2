package io.github.camelhrflow.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.client.HrFlowClient;
import io.github.camelhrflow.client.HrFlowHttpClientFactory;
import io.github.camelhrflow.client.JobLookup;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.ConcurrentSender;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing of HrFlow's answers: 12,000 bodies generated from the real samples with a fixed seed, each served by a real
 * HTTP server. Each answer is classified by how it was made ({@link FuzzCase.Expect}): a well-formed job answer must
 * become a {@link Job}, an error status or a body that is no JSON answer an {@link HrFlowApiException} (carrying the
 * status), and damage the model may absorb either; never another exception type, never a hang. The sandbox serves
 * them as scripted answers. Every twelfth (1,000, of every kind) goes through the whole component (endpoint, producer, client);
 * the rest, for speed, straight through {@link HrFlowClient}, where all the answer mapping lives.
 */
class HrFlowAnswerFuzzTest extends SandboxTestSupport {

    private static final long SEED = 0x5EEDF022L;
    private static final int CASES = 12_000;
    private static final int COMPONENT_EVERY = 12;
    private static final int THREADS = 4;

    private final AtomicInteger jobs = new AtomicInteger();
    private final AtomicInteger apiExceptions = new AtomicInteger();
    private final Map<FuzzCase.Expect, AtomicInteger> byClass = new java.util.EnumMap<>(Map.of(
            FuzzCase.Expect.JOB, new AtomicInteger(), FuzzCase.Expect.API_ERROR, new AtomicInteger(),
            FuzzCase.Expect.EITHER, new AtomicInteger()));
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void everyAnswerIsAJobOrAnHrFlowApiException() throws Exception {
        long start = System.nanoTime();
        List<FuzzCase> cases = new HrFlowAnswerFuzzer(SEED).generate(CASES);
        long generated = System.nanoTime();
        sandbox.faults().answerWith(request -> cases.get(index(request.param("key"))).answer());

        List<FuzzCase> viaCamel = cases.stream().filter(c -> c.index() % COMPONENT_EVERY == 0).toList();
        throughTheComponent(viaCamel);
        long viaComponent = System.nanoTime();
        throughTheClient(cases.stream().filter(c -> c.index() % COMPONENT_EVERY != 0).toList());
        long end = System.nanoTime();

        System.out.printf("[fuzz] answers=%d (component=%d, client=%d) jobs=%d hrFlowApiExceptions=%d other=%d"
                          + " in %d ms (generate %d, component %d, client %d; seed=%#x)%n",
                cases.size(),
                viaCamel.size(), cases.size() - viaCamel.size(), jobs.get(), apiExceptions.get(),
                unexpected.size(), millis(end - start), millis(generated - start), millis(viaComponent - generated),
                millis(end - viaComponent), SEED);
        System.out.printf("[fuzz] classes: %s%n", byClass);
        assertEquals(List.of(), new ArrayList<>(unexpected).subList(0, Math.min(20, unexpected.size())));
        assertEquals(cases.size(), jobs.get() + apiExceptions.get());
        // a component that threw on everything would pass the lines above: every class must be well represented
        for (FuzzCase.Expect expect : FuzzCase.Expect.values()) {
            assertTrue(byClass.get(expect).get() >= 200, expect + " cases: " + byClass);
        }
    }

    private void throughTheComponent(List<FuzzCase> cases) throws Exception {
        List<String> keys = cases.stream().map(c -> "fuzz-" + c.index()).toList();
        Map<String, Exchange> done = ConcurrentSender.send(template, "hrflow:job-indexing?boardKey=" + board, keys,
                THREADS, 120);
        for (FuzzCase fuzz : cases) {
            Exchange exchange = done.get("fuzz-" + fuzz.index());
            if (exchange.getException() == null) {
                classify(fuzz, exchange.getMessage().getBody(), null);
            } else {
                classify(fuzz, null, exchange.getException());
            }
        }
    }

    private void throughTheClient(List<FuzzCase> cases) throws Exception {
        HrFlowConfiguration configuration = new HrFlowConfiguration();
        configuration.setApiKey(sandbox.apiKey());
        configuration.setUserEmail(sandbox.userEmail());
        configuration.setBaseUrl(sandbox.baseUrl());
        configuration.setReadTimeout(10_000);
        // answers come whole from the local server: the whole-call deadline and its timer add nothing here
        configuration.setRequestTimeout(0);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (CloseableHttpClient http = HrFlowHttpClientFactory.create(configuration.poolSettings(), context)) {
            HrFlowClient client = new HrFlowClient(http, configuration.clientSettings());
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                running.add(pool.submit(() -> fetchEvery(client, cases, first)));
            }
            for (Future<?> thread : running) {
                thread.get(150, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void fetchEvery(HrFlowClient client, List<FuzzCase> cases, int first) {
        for (int i = first; i < cases.size(); i += THREADS) {
            FuzzCase fuzz = cases.get(i);
            try {
                classify(fuzz, client.getJob(JobLookup.byKey(board, "fuzz-" + fuzz.index())).data(), null);
            } catch (Exception | StackOverflowError e) {
                classify(fuzz, null, e);
            }
        }
    }

    private void classify(FuzzCase fuzz, Object body, Throwable failure) {
        byClass.get(fuzz.expect()).incrementAndGet();
        boolean job = failure == null && body instanceof Job;
        boolean apiException = failure instanceof HrFlowApiException;
        if (job) {
            jobs.incrementAndGet();
        } else if (apiException) {
            apiExceptions.incrementAndGet();
        }
        boolean asExpected = switch (fuzz.expect()) {
            case JOB -> job;
            // an error status must reach the route as that status
            case API_ERROR -> apiException && (fuzz.status() < 300
                                               || ((HrFlowApiException) failure).getStatusCode() == fuzz.status());
            case EITHER -> job || apiException;
        };
        if (!asExpected) {
            unexpected.add(fuzz + " -> " + (failure != null ? failure : "body " + body));
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static int index(String key) {
        return Integer.parseInt(key.substring("fuzz-".length()));
    }
}
