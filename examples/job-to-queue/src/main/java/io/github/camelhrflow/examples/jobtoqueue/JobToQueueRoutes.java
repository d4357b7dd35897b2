package io.github.camelhrflow.examples.jobtoqueue;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowRateLimitException;
import io.github.camelhrflow.examples.JobProgress;
import org.apache.camel.builder.RouteBuilder;

/**
 * Each job key that arrives on {@code {{jobs.queue.keys}}} is fetched from HrFlow and sent as JSON to
 * {@code {{jobs.queue.jobs}}}; a key that cannot be fetched goes, as it came, to {@code {{jobs.queue.dead-letter}}}
 * with the reason in its headers.
 * <p>
 * The consumer is transacted: receiving the key and sending the job (or the dead letter) commit together, so a crash
 * in between leaves the key on its queue, to be redelivered, rather than losing it.
 */
public class JobToQueueRoutes extends RouteBuilder {

    static final String KEYS_QUEUE = "jms:queue:{{jobs.queue.keys}}";
    private static final String DEAD_LETTER = "direct:dead-letter";

    private final JobProgress progress;

    public JobToQueueRoutes(JobProgress progress) {
        this.progress = progress;
    }

    @Override
    public void configure() {
        String jobsQueue = getContext().resolvePropertyPlaceholders("{{jobs.queue.jobs}}");
        String deadLetterQueue = getContext().resolvePropertyPlaceholders("{{jobs.queue.dead-letter}}");

        // deadLetterHandleNewException(false): if even the dead letter queue cannot be reached, fail the exchange so
        // the JMS transaction rolls back and the broker keeps the key
        errorHandler(deadLetterChannel(DEAD_LETTER).deadLetterHandleNewException(false).useOriginalMessage());

        // HrFlow asked us to slow down: retry after the Retry-After the component put into the redelivery delay;
        // unknown keys and bad credentials will not get better, so they go to the dead letter queue at once
        onException(HrFlowRateLimitException.class).maximumRedeliveries(3).redeliveryDelay(1000);

        // a local JMS transaction (no transaction manager) lets each consumer keep its session between messages
        from(KEYS_QUEUE + "?transacted=true&lazyCreateTransactionManager=false&concurrentConsumers={{jobs.consumers}}")
                .routeId("job-key-to-job-json")
                .setHeader(HrFlowConstants.JOB_KEY, body())
                .to("hrflow:job-indexing?boardKey={{hrflow.board}}")
                .setHeader(QueueHeaders.JOB_KEY, header(HrFlowConstants.JOB_KEY))
                // the component's type converter writes the Job as HrFlow's JSON
                .convertBodyTo(String.class)
                .to("jms:queue:" + jobsQueue)
                .process(exchange -> progress.succeeded(exchange.getMessage().getHeader(QueueHeaders.JOB_KEY,
                        String.class), jobsQueue));

        from(DEAD_LETTER).routeId("dead-letter")
                .process(new DeadLetterHeaders())
                .to("jms:queue:" + deadLetterQueue)
                .process(exchange -> progress.failed(exchange.getMessage().getBody(String.class),
                        deadLetterQueue + ": " + exchange.getMessage().getHeader(QueueHeaders.ERROR_MESSAGE)));
    }
}
