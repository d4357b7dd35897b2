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
import io.github.camelhrflow.support.HrFlowTestSupport;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fuzzing of HrFlow's answers: 12,000 bodies generated from the real samples with a fixed seed, each served by a real
 * HTTP server. Every one must end in a {@link Job} or an {@link HrFlowApiException}: never another exception type,
 * never a hang. Every twelfth (1,000, of every kind) goes through the whole component (endpoint, producer, client);
 * the rest, for speed, straight through {@link HrFlowClient}, where all the answer mapping lives.
 */
class HrFlowAnswerFuzzTest extends HrFlowTestSupport {

    private static final long SEED = 0x5EEDF022L;
    private static final int CASES = 12_000;
    private static final int COMPONENT_EVERY = 12;
    private static final int THREADS = 4;

    private final AtomicInteger jobs = new AtomicInteger();
    private final AtomicInteger apiExceptions = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void everyAnswerIsAJobOrAnHrFlowApiException() throws Exception {
        long start = System.nanoTime();
        List<FuzzCase> cases = new HrFlowAnswerFuzzer(SEED).generate(CASES);
        long generated = System.nanoTime();
        server.withoutRecording().respondWith(request -> cases.get(index(request.param("key"))).reply());

        List<FuzzCase> viaCamel = cases.stream().filter(c -> c.index() % COMPONENT_EVERY == 0).toList();
        throughTheComponent(viaCamel);
        long viaComponent = System.nanoTime();
        throughTheClient(cases.stream().filter(c -> c.index() % COMPONENT_EVERY != 0).toList());
        long end = System.nanoTime();

        System.out.printf("[fuzz] answers=%d (component=%d, client=%d) jobs=%d hrFlowApiExceptions=%d other=%d"
                          + " in %d ms (generate %d, component %d, client %d; seed=%#x)%n", cases.size(),
                viaCamel.size(), cases.size() - viaCamel.size(), jobs.get(), apiExceptions.get(),
                unexpected.size(), millis(end - start), millis(generated - start), millis(viaComponent - generated),
                millis(end - viaComponent), SEED);
        assertEquals(List.of(), new ArrayList<>(unexpected).subList(0, Math.min(20, unexpected.size())));
        assertEquals(cases.size(), jobs.get() + apiExceptions.get());
    }

    private void throughTheComponent(List<FuzzCase> cases) throws Exception {
        List<String> keys = cases.stream().map(c -> "fuzz-" + c.index()).toList();
        Map<String, Exchange> done = ConcurrentSender.send(template, "hrflow:job-indexing?boardKey=" + BOARD, keys,
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
        configuration.setApiKey(API_KEY);
        configuration.setUserEmail(USER_EMAIL);
        configuration.setBaseUrl(server.baseUrl());
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
                classify(fuzz, client.getJob(JobLookup.byKey(BOARD, "fuzz-" + fuzz.index())).data(), null);
            } catch (Exception | StackOverflowError e) {
                classify(fuzz, null, e);
            }
        }
    }

    private void classify(FuzzCase fuzz, Object body, Throwable failure) {
        if (failure == null && body instanceof Job) {
            jobs.incrementAndGet();
        } else if (failure instanceof HrFlowApiException) {
            apiExceptions.incrementAndGet();
        } else {
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
