package io.github.camelhrflow.benchmarks.operations;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.benchmarks.variants.Target;
import io.github.camelhrflow.model.Job;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The same work with camel-hrflow, called through a {@link ProducerTemplate} as the GET rows are: an
 * {@code operation=index} route, and {@code hrflow:job-storing} followed by {@code .split(body()).streaming()}.
 */
final class HrFlowOperations implements OperationRun {

    private static final String ENTRY = "direct:operation";

    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Endpoint entry;
    private final Object body;
    private final Check check;

    @FunctionalInterface
    private interface Check {
        void accept(Object answer);
    }

    private HrFlowOperations(Target target, RouteBuilder route, Object body, Check check) {
        HrFlowConfiguration configuration = context.getComponent("hrflow", HrFlowComponent.class).getConfiguration();
        configuration.setApiKey(target.apiKey());
        configuration.setUserEmail(target.userEmail());
        configuration.setBaseUrl(target.baseUrl());
        try {
            context.addRoutes(route);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot add the route " + route, e);
        }
        context.start();
        this.template = context.createProducerTemplate();
        this.entry = context.getEndpoint(ENTRY);
        this.body = body;
        this.check = check;
    }

    static OperationRun index(Target target, Job job) {
        return new HrFlowOperations(target, new RouteBuilder() {
            @Override
            public void configure() {
                from(ENTRY).to("hrflow:job-indexing?operation=index&boardKey=" + target.boardKey());
            }
        }, job, answer -> {
            if (!(answer instanceof Job created) || created.getKey() == null) {
                throw new IllegalStateException("The indexed job came back without a key: " + answer);
            }
        });
    }

    /** Counts the split's jobs: the export runs one at a time, so one counter is enough. */
    static OperationRun boardExport(Target target, int expectedJobs) {
        AtomicLong jobs = new AtomicLong();
        return new HrFlowOperations(target, new RouteBuilder() {
            @Override
            public void configure() {
                from(ENTRY)
                        .to("hrflow:job-storing?boardKey=" + target.boardKey())
                        .split(body()).streaming()
                        .process(exchange -> {
                            if (exchange.getMessage().getBody(Job.class).getKey() != null) {
                                jobs.incrementAndGet();
                            }
                        })
                        .end();
            }
        }, null, answer -> BoardExports.check(expectedJobs, jobs.getAndSet(0)));
    }

    /** The producer's {@code Iterator<Job>} walked by one processor: the component's share of the export alone. */
    static OperationRun boardExportWithoutSplit(Target target, int expectedJobs) {
        return new HrFlowOperations(target, new RouteBuilder() {
            @Override
            public void configure() {
                from(ENTRY)
                        .to("hrflow:job-storing?boardKey=" + target.boardKey())
                        .process(exchange -> {
                            Iterator<?> jobs = exchange.getMessage().getBody(Iterator.class);
                            long count = 0;
                            while (jobs.hasNext()) {
                                count += ((Job) jobs.next()).getKey() != null ? 1 : 0;
                            }
                            exchange.getMessage().setBody(count);
                        });
            }
        }, null, answer -> BoardExports.check(expectedJobs, (Long) answer));
    }

    @Override
    public void run() {
        check.accept(template.requestBody(entry, body));
    }

    @Override
    public void close() throws Exception {
        template.close();
        context.close();
    }
}
