package io.github.camelhrflow.benchmarks.operations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.benchmarks.variants.Target;
import io.github.camelhrflow.consumer.HrFlowStoringConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * The first sync of a board through {@code from("hrflow:job-storing?boardKey=...")}: each run is a consumer in a
 * CamelContext of its own, with a fresh in-memory position (the consumer's default {@code MemoryStateRepository}),
 * that counts what it is given and ends once a poll has ended with every job of the board delivered (a latch, set
 * when the distinct {@code CamelHrFlowJobVersion} headers reach the board's size). The consumer then no longer polls.
 * <p>
 * The contexts of a measurement are built and started before it, their routes not started, and closed after it: a
 * run measures the consumer alone, from its route's start (its HTTP client is made then) to the end of the poll that
 * delivered the last version, which includes the newest-first scan a sweep ends with.
 */
final class ConsumerSync implements OperationRun {

    private static final String ROUTE = "first-sync";
    private static final long TIMEOUT_SECONDS = 120;

    private final Target target;
    private final int expectedJobs;
    private final Deque<Sync> prepared = new ArrayDeque<>();
    private final List<Sync> used = new ArrayList<>();
    private String note;

    ConsumerSync(Target target, int expectedJobs) {
        this.target = target;
        this.expectedJobs = expectedJobs;
    }

    @Override
    public void beforeMeasurement(int runs) throws Exception {
        for (int i = prepared.size(); i < runs; i++) {
            prepared.add(new Sync());
        }
    }

    /** Runs one after the other (one in flight): a context per run, built here when none was prepared. */
    @Override
    public void run() throws Exception {
        Sync sync = prepared.isEmpty() ? new Sync() : prepared.poll();
        used.add(sync);
        sync.run();
    }

    @Override
    public void afterMeasurement() throws Exception {
        if (!used.isEmpty()) {
            long requests = 0;
            long duplicates = 0;
            for (Sync sync : used) {
                requests += sync.requests;
                duplicates += sync.deliveries - sync.versions.size();
            }
            note = String.format("%,d requests per sync, %,d versions delivered twice over %d syncs",
                    Math.round((double) requests / used.size()), duplicates, used.size());
        }
        for (Sync sync : used) {
            sync.context.close();
        }
        used.clear();
    }

    @Override
    public String note() {
        return note;
    }

    @Override
    public void close() throws Exception {
        afterMeasurement();
        for (Sync sync : prepared) {
            sync.context.close();
        }
        prepared.clear();
    }

    /** One consumer in its context; the poll strategy tells when a poll ended with the board delivered. */
    private final class Sync implements PollingConsumerPollStrategy {

        final CamelContext context = new DefaultCamelContext();
        final Set<String> versions = new HashSet<>();
        final CountDownLatch synced = new CountDownLatch(1);
        long deliveries;
        long requests;
        volatile boolean done;
        volatile Exception failure;

        Sync() throws Exception {
            HrFlowConfiguration configuration =
                    context.getComponent("hrflow", HrFlowComponent.class).getConfiguration();
            configuration.setApiKey(target.apiKey());
            configuration.setUserEmail(target.userEmail());
            configuration.setBaseUrl(target.baseUrl());
            context.getRegistry().bind("firstSync", this);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("hrflow:job-storing?boardKey=" + target.boardKey()
                         + "&initialDelay=0&delay=10&pollStrategy=#firstSync")
                            .routeId(ROUTE).autoStartup(false)
                            .process(Sync.this::count);
                }
            });
            context.start();
        }

        /** In the consumer's thread: exchanges are processed one after the other. */
        void count(Exchange exchange) {
            deliveries++;
            versions.add(exchange.getMessage().getHeader(HrFlowConstants.JOB_VERSION, String.class));
        }

        void run() throws Exception {
            context.getRouteController().startRoute(ROUTE);
            if (!synced.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The consumer did not deliver the board within " + TIMEOUT_SECONDS
                                                + " s");
            }
            if (failure != null) {
                throw new IllegalStateException("A poll of the consumer failed: " + failure, failure);
            }
            BoardExports.check(expectedJobs, versions.size());
        }

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            return !done;
        }

        /** Done once a poll ends with the board delivered, or delivers nothing more (then the check fails). */
        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            if (versions.size() >= expectedJobs || polledMessages == 0 && !versions.isEmpty()) {
                requests = ((HrFlowStoringConsumer) consumer).getStatistics().getRequests();
                done = true;
                synced.countDown();
            }
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            failure = cause;
            done = true;
            synced.countDown();
            return false;
        }
    }
}
