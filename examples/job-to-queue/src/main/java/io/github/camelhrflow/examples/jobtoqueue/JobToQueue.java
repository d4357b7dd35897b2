package io.github.camelhrflow.examples.jobtoqueue;

import java.util.List;
import java.util.Properties;

import io.github.camelhrflow.examples.JobProgress;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * The job-to-queue routes running in a Camel Main application, with the embedded broker unless
 * {@code jobs.broker.url} names another one. Consumes until closed.
 */
public final class JobToQueue implements AutoCloseable {

    /** The logger that reports each job. */
    public static final String LOG_NAME = "job-to-queue";

    private final Main main;

    private JobToQueue(Main main) {
        this.main = main;
    }

    /**
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.board} properties, and any
     *                   {@code jobs.*} that should win over {@code application.properties}
     * @param progress   told of each job that reached the jobs queue or the dead letter queue
     */
    public static JobToQueue start(Properties properties, JobProgress progress) throws Exception {
        Main main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addConfiguration(BrokerConfiguration.class);
        main.configure().addRoutesBuilder(new JobToQueueRoutes(progress));
        main.start();
        return new JobToQueue(main);
    }

    /** Puts each key on the keys queue, as any other producer would. */
    public void send(List<String> keys) throws Exception {
        ProducerTemplate template = main.getCamelTemplate();
        keys.forEach(key -> template.sendBody(JobToQueueRoutes.KEYS_QUEUE, key));
    }

    /**
     * Stops consuming once the keys being handled are done. A key's transaction commits only after its route ends,
     * so this is also the moment when every outcome shows on the queues.
     */
    public void stopConsuming() throws Exception {
        main.getCamelContext().getRouteController().stopAllRoutes();
    }

    /** The jobs and dead letter queues, how many messages wait on each, and on which broker. */
    public String describeQueues() {
        CamelContext context = main.getCamelContext();
        String jobs = context.resolvePropertyPlaceholders("{{jobs.queue.jobs}}");
        String deadLetters = context.resolvePropertyPlaceholders("{{jobs.queue.dead-letter}}");
        EmbeddedBroker broker = context.getRegistry().lookupByNameAndType(BrokerConfiguration.BROKER,
                EmbeddedBroker.class);
        if (broker == null) {
            return "queues " + jobs + " and " + deadLetters + " of the broker at "
                   + context.resolvePropertyPlaceholders("{{jobs.broker.url}}");
        }
        return "queue " + jobs + " holds " + broker.messageCount(jobs) + ", " + deadLetters + " holds "
               + broker.messageCount(deadLetters) + " (" + broker.describe() + ")";
    }

    @Override
    public void close() throws Exception {
        main.stop();
    }
}
